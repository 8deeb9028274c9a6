package dev.gpioint.linux.client;

import dev.gpioint.firmware.Firmware;
import dev.gpioint.firmware.FirmwareDevice;
import dev.gpioint.firmware.NamePath;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which gpiochip backs which GPIO controller device: controller path to chip (a path such as
 * {@code /dev/gpiochip0}, a kernel name, a number or a label such as {@code gpio-sim.0-node0}). A board says
 * it with a {@code _DSD} string property {@value #PROPERTY} on the controller device; a command line can add
 * or override bindings. Immutable.
 */
public record ChipBindings(Map<NamePath, String> chips) {
    /** The {@code _DSD} property naming a controller's gpiochip. */
    public static final String PROPERTY = "linux-gpiochip";

    public ChipBindings {
        chips = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(chips));
    }

    public static ChipBindings none() {
        return new ChipBindings(Map.of());
    }

    /** Every device of {@code firmware} whose {@code _DSD} has {@value #PROPERTY}. */
    public static ChipBindings fromFirmware(Firmware firmware) {
        var map = new LinkedHashMap<NamePath, String>();
        for (FirmwareDevice device : firmware.devices()) {
            if (device.properties().get(PROPERTY) instanceof String chip && !chip.isBlank()) {
                map.put(device.path(), chip);
            }
        }
        return new ChipBindings(map);
    }

    /** Parses {@code \_SB.GPO0=gpio-sim.0-node0}. */
    public static ChipBindings.Entry parse(String binding) {
        int eq = binding.indexOf('=');
        if (eq <= 0 || eq == binding.length() - 1) {
            throw new IllegalArgumentException("a chip binding is CONTROLLER=CHIP, e.g. \\_SB.GPO0=gpio-sim.0-node0, not " + binding);
        }
        return new Entry(NamePath.of(binding.substring(0, eq)), binding.substring(eq + 1));
    }

    /** One controller-to-chip binding. */
    public record Entry(NamePath controller, String chip) {
    }

    /** These bindings with {@code controller} bound to {@code chip} (replacing an earlier binding). */
    public ChipBindings with(NamePath controller, String chip) {
        var map = new LinkedHashMap<>(chips);
        map.put(controller, chip);
        return new ChipBindings(map);
    }

    public Optional<String> chipFor(NamePath controller) {
        return Optional.ofNullable(chips.get(controller));
    }
}
