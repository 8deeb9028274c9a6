/**
 * The firmware model: devices and their ordered current resources as platform firmware describes them,
 * independent of the source (ASL, AML, the Java {@link dev.gpioint.firmware.BoardBuilder}). Everything here
 * is an immutable value. Sources plug in as {@link dev.gpioint.firmware.FirmwareSource} and, for files, as a
 * {@link dev.gpioint.firmware.FirmwareFormat} service.
 */
package dev.gpioint.firmware;
