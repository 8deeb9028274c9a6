package dev.gpioint.sim.board;

import dev.gpioint.firmware.Firmware;
import dev.gpioint.firmware.FirmwareDevice;
import dev.gpioint.firmware.NamePath;
import dev.gpioint.kernel.Machine;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * The simulated hardware of a board, built from its firmware: for each device whose hardware ID a
 * {@link SimulatedDeviceFactory} knows, the matching hardware, wired as the firmware says. Controllers are
 * built before the devices wired to them. A device whose hardware cannot be built is listed in
 * {@link #problems()} and the rest of the board is built.
 */
public final class SimBoard {
    private final Map<NamePath, SimulatedDevice> devices;
    private final List<String> problems;

    private SimBoard(Map<NamePath, SimulatedDevice> devices, List<String> problems) {
        this.devices = devices;
        this.problems = problems;
    }

    /** Builds with every factory registered through {@link ServiceLoader}. */
    public static SimBoard build(Machine machine, Firmware firmware) {
        var factories = new ArrayList<SimulatedDeviceFactory>();
        ServiceLoader.load(SimulatedDeviceFactory.class, SimBoard.class.getClassLoader()).forEach(factories::add);
        return build(machine, firmware, factories);
    }

    public static SimBoard build(Machine machine, Firmware firmware, List<SimulatedDeviceFactory> factories) {
        Map<NamePath, SimulatedDevice> built = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        var context = new SimBoardContext(machine, built);
        Set<NamePath> done = new HashSet<>();
        for (FirmwareDevice device : firmware.devices()) {
            buildWithDependencies(device, firmware, factories, context, built, problems, done);
        }
        return new SimBoard(built, List.copyOf(problems));
    }

    private static void buildWithDependencies(FirmwareDevice device, Firmware firmware, List<SimulatedDeviceFactory> factories,
                                              SimBoardContext context, Map<NamePath, SimulatedDevice> built,
                                              List<String> problems, Set<NamePath> done) {
        if (!done.add(device.path())) {
            return;
        }
        for (NamePath dependency : device.dependencies()) {
            firmware.device(dependency).ifPresent(d -> buildWithDependencies(d, firmware, factories, context, built, problems, done));
        }
        Optional<SimulatedDeviceFactory> factory = factoryFor(device, factories);
        if (factory.isEmpty() || !device.isPresentAndEnabled()) {
            return;
        }
        try {
            built.put(device.path(), factory.get().create(context, device));
        } catch (IllegalArgumentException | IllegalStateException e) {
            problems.add(device.path() + ": no simulated hardware: " + e.getMessage());
        }
    }

    private static Optional<SimulatedDeviceFactory> factoryFor(FirmwareDevice device, List<SimulatedDeviceFactory> factories) {
        for (String id : device.matchIds()) {
            for (SimulatedDeviceFactory factory : factories) {
                if (factory.hardwareIds().stream().anyMatch(h -> h.equalsIgnoreCase(id))) {
                    return Optional.of(factory);
                }
            }
        }
        return Optional.empty();
    }

    /** The hardware built for the device at {@code path}, if any. */
    public Optional<SimulatedDevice> device(NamePath path) {
        return Optional.ofNullable(devices.get(path));
    }

    public Map<NamePath, SimulatedDevice> devices() {
        return java.util.Collections.unmodifiableMap(devices);
    }

    /** Devices whose hardware could not be built, one line each. */
    public List<String> problems() {
        return problems;
    }

    /** Lowercase helper for action names. */
    static String normalize(String action) {
        return action.toLowerCase(Locale.ROOT);
    }
}
