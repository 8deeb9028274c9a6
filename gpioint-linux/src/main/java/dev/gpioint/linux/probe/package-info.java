/** A peripheral driver that counts its ISRs and DPCs: proof that a line's edge reached a driver. */
package dev.gpioint.linux.probe;
