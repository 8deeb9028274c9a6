package dev.gpioint.firmware;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A whole board's firmware description: its devices in namespace order. Immutable; the same firmware gives
 * the same {@code Firmware} whatever it was read from (ASL, AML tables, acpidump text or the Java builder).
 *
 * @param origin  where it came from, for messages (a file name, a list of tables, "builder")
 * @param devices the devices, in namespace (definition) order; paths are unique
 */
public record Firmware(String origin, List<FirmwareDevice> devices) {
    public Firmware {
        Objects.requireNonNull(origin, "origin");
        devices = List.copyOf(devices);
        Map<NamePath, FirmwareDevice> seen = new LinkedHashMap<>();
        for (FirmwareDevice device : devices) {
            if (seen.putIfAbsent(device.path(), device) != null) {
                throw new IllegalArgumentException(origin + ": device " + device.path() + " is defined twice");
            }
        }
    }

    /** The device at {@code path}, if there is one. */
    public Optional<FirmwareDevice> device(NamePath path) {
        return devices.stream().filter(d -> d.path().equals(path)).findFirst();
    }
}
