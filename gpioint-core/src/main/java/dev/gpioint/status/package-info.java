/** NTSTATUS values and the exception that carries one: how framework calls and driver callbacks fail. */
package dev.gpioint.status;
