package dev.gpioint.firmware;

/**
 * Something the PnP manager can boot from: a board built in Java, an ASL file, a set of AML tables. A source
 * is read once per {@link #load()} call; reading has no effect on the source.
 */
@FunctionalInterface
public interface FirmwareSource {
    /** Reads the firmware; throws when it cannot be read at all (per-device problems mark the device). */
    Firmware load() throws FirmwareException;
}
