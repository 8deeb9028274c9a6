/**
 * Simulated hardware: devices that attach their registers to the machine's physical memory and drive
 * interrupt lines or GPIO pins, so drivers run unchanged with no hardware.
 */
package dev.gpioint.sim;
