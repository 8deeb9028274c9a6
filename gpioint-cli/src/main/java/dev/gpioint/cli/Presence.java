package dev.gpioint.cli;

import dev.gpioint.firmware.Firmware;
import dev.gpioint.firmware.FirmwareDevice;
import dev.gpioint.firmware.NamePath;
import java.util.Optional;

/**
 * Whether a device is there, as its {@code _STA} says, and why not when it is not: its own {@code _STA}
 * lacks the present or enabled bit, or a device above it is neither present nor functioning, which ACPI says
 * hides everything below it.
 */
final class Presence {
    private Presence() {
    }

    /** Why the device is absent, or empty when it is present and enabled. */
    static Optional<String> absence(Firmware firmware, FirmwareDevice device) {
        if (device.isPresentAndEnabled()) {
            return Optional.empty();
        }
        Optional<NamePath> hider = firmware.hiddenBy(device);
        if (hider.isPresent()) {
            return Optional.of("absent: " + hider.get() + " above it is not present");
        }
        return Optional.of("absent: _STA is 0x" + Integer.toHexString(device.status()).toUpperCase(java.util.Locale.ROOT)
                + ((device.status() & 1) == 0 ? " (not present)" : " (not enabled)"));
    }
}
