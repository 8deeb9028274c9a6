package dev.gpioint.sim.board;

import dev.gpioint.firmware.Firmware;
import dev.gpioint.firmware.FirmwareDevice;
import dev.gpioint.firmware.FirmwareResource;
import dev.gpioint.firmware.MemoryRange;
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
    private final Firmware firmware;
    private final SimBoardContext context;

    private SimBoard(Map<NamePath, SimulatedDevice> devices, List<String> problems, Firmware firmware, SimBoardContext context) {
        this.devices = devices;
        this.problems = problems;
        this.firmware = firmware;
        this.context = context;
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
        idleInputs(firmware, context, built);
        standIns(firmware, context, built);
        return new SimBoard(built, List.copyOf(problems), firmware, context);
    }

    /**
     * Puts every wire a present device without simulated hardware of its own drives into its inactive level: an
     * ActiveLow input rests high, as its pull-up holds it on a real board. Left low, every ActiveLow level pin would
     * interrupt the moment its driver connects. Wires the simulation cannot reach are left alone.
     */
    private static void idleInputs(Firmware firmware, SimBoardContext context, Map<NamePath, SimulatedDevice> built) {
        for (FirmwareDevice device : firmware.devices()) {
            if (!device.isPresentAndEnabled() || built.containsKey(device.path())) {
                continue;
            }
            int outputs = context.interruptOutputs(device).size();
            for (int index = 0; index < outputs; index++) {
                try {
                    Runnable release = InterruptWires.action(context, device, "release", List.of("interrupt", Integer.toString(index)));
                    release.run();
                } catch (IllegalArgumentException unreachable) {
                    // a controller the simulation does not have, or a pin beyond it: the boot reports it
                }
            }
        }
    }

    /**
     * Gives every present device without simulated hardware of its own whose SPI or UART connection names a simulated
     * controller a {@link StandInHardware}, after the inputs are idled (a stand-in drives no interrupt).
     */
    private static void standIns(Firmware firmware, SimBoardContext context, Map<NamePath, SimulatedDevice> built) {
        for (FirmwareDevice device : firmware.devices()) {
            if (device.isPresentAndEnabled() && !built.containsKey(device.path())) {
                StandInHardware.build(context, device).ifPresent(standIn -> built.put(device.path(), standIn));
            }
        }
    }

    /**
     * The step for a scenario action on one of {@code path}'s interrupt outputs ({@code pulse interrupt N [WIDTH]},
     * {@code assert interrupt N}, {@code release interrupt N}), for any present device of the firmware.
     */
    public Runnable interruptAction(NamePath path, String verb, List<String> arguments) {
        FirmwareDevice device = firmware.device(path).orElseThrow(() ->
                new IllegalArgumentException("the firmware has no device " + path));
        if (!device.isPresentAndEnabled()) {
            throw new IllegalArgumentException(path + " is not present (_STA 0x" + Integer.toHexString(device.status()) + ")");
        }
        return InterruptWires.action(context, device, verb, arguments);
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

    /**
     * The firmware as the drivers see it on this simulated machine: {@code firmware} with, for each device whose
     * hardware sits in a {@link BusWindow}, that window as one more Memory resource after the firmware's own (the
     * firmware's resources keep their indexes). Every other device is unchanged.
     */
    public Firmware driverView(Firmware firmware) {
        boolean any = devices.values().stream().anyMatch(d -> d instanceof BusWindow w && w.window().isPresent());
        if (!any) {
            return firmware;
        }
        var view = new ArrayList<FirmwareDevice>();
        for (FirmwareDevice device : firmware.devices()) {
            Optional<MemoryRange> window = devices.get(device.path()) instanceof BusWindow w ? w.window() : Optional.empty();
            if (window.isEmpty()) {
                view.add(device);
                continue;
            }
            var resources = new ArrayList<>(device.resources());
            resources.add(window.get());
            view.add(new FirmwareDevice(device.path(), device.hardwareId(), device.compatibleIds(), device.uniqueId(),
                    device.status(), resources, device.resourceOrigin(), device.properties(), device.defect(),
                    device.declaredDependencies()));
        }
        return new Firmware(firmware.origin(), view, firmware.problems(), firmware.methods());
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
