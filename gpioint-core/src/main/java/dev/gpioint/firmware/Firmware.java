package dev.gpioint.firmware;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A whole board's firmware description: its devices in namespace order, and what was left out while reading
 * it. Immutable; the same firmware gives the same {@code Firmware} whatever it was read from (ASL, AML tables,
 * acpidump text or the Java builder).
 *
 * @param origin   where it came from, for messages (a file name, a list of tables, "builder")
 * @param devices  the devices, in namespace (definition) order; paths are unique
 * @param problems warnings: input that was skipped while the rest loaded (a corrupt table, a duplicate, a file
 *                 that is not a table, AML that failed while the tables loaded), each naming its file, place and
 *                 reason; empty when everything loaded
 * @param methods  the firmware's methods at run time, when its source can run them (AML tables can, a Java
 *                 builder board cannot); a live service, not part of the description, so not part of equality
 */
public record Firmware(String origin, List<FirmwareDevice> devices, List<FirmwareProblem> problems,
                       Optional<FirmwareMethods> methods) {
    public Firmware {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(methods, "methods");
        devices = List.copyOf(devices);
        problems = List.copyOf(problems);
        Map<NamePath, FirmwareDevice> seen = new LinkedHashMap<>();
        for (FirmwareDevice device : devices) {
            if (seen.putIfAbsent(device.path(), device) != null) {
                throw new IllegalArgumentException(origin + ": device " + device.path() + " is defined twice");
            }
        }
    }

    /** Firmware that loaded whole, with nothing skipped. */
    public Firmware(String origin, List<FirmwareDevice> devices) {
        this(origin, devices, List.of());
    }

    /** Firmware whose methods cannot be run. */
    public Firmware(String origin, List<FirmwareDevice> devices, List<FirmwareProblem> problems) {
        this(origin, devices, problems, Optional.empty());
    }

    /** The same description with {@code runtime} to run its methods. */
    public Firmware withMethods(FirmwareMethods runtime) {
        return new Firmware(origin, devices, problems, Optional.of(runtime));
    }

    /** Equal when they describe the same devices from the same origin with the same problems. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Firmware f && origin.equals(f.origin) && devices.equals(f.devices) && problems.equals(f.problems);
    }

    @Override
    public int hashCode() {
        return Objects.hash(origin, devices, problems);
    }

    /** The same devices, with {@code more} problems after these ones. */
    public Firmware withProblems(List<FirmwareProblem> more) {
        var all = new ArrayList<>(problems);
        all.addAll(more);
        return new Firmware(origin, devices, all, methods);
    }

    /**
     * The nearest device above {@code device} that is neither present nor functioning: ACPI 6.5 section 6.3.7
     * says such a device hides everything below it, whatever their own {@code _STA}.
     */
    public Optional<NamePath> hiddenBy(FirmwareDevice device) {
        String path = device.path().toString();
        for (int dot = path.lastIndexOf('.'); dot > 0; dot = path.lastIndexOf('.', dot - 1)) {
            Optional<FirmwareDevice> parent = device(NamePath.of(path.substring(0, dot)));
            if (parent.isPresent() && (parent.get().status() & (FirmwareDevice.STA_PRESENT | FirmwareDevice.STA_FUNCTIONING)) == 0) {
                return Optional.of(parent.get().path());
            }
        }
        return Optional.empty();
    }

    /** The device at {@code path}, if there is one. */
    public Optional<FirmwareDevice> device(NamePath path) {
        return devices.stream().filter(d -> d.path().equals(path)).findFirst();
    }
}
