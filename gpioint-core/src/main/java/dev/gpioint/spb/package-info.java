/**
 * Simple peripheral buses (I2C and SPI): the SPB class extension, the controller-client SPI and the targets
 * peripheral drivers open by connection ID through the resource hub.
 */
package dev.gpioint.spb;
