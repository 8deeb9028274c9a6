/**
 * Serial ports on UART controllers (SerCx2-like): the serial class extension, the controller-client SPI and the
 * targets peripheral drivers open by connection ID through the resource hub.
 */
package dev.gpioint.serial;
