/**
 * The GPIO class extension (GpioClx-like) and the controller-client SPI: controllers are secondary interrupt
 * controllers whose pins get GSIVs; the extension owns the interrupt state machine (enable, mask, clear, query,
 * ActiveBoth emulation, storm detection), the client only touches hardware.
 */
package dev.gpioint.gpio;
