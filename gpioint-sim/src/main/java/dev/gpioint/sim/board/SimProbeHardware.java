package dev.gpioint.sim.board;

import dev.gpioint.firmware.FirmwareDevice;
import dev.gpioint.firmware.FirmwareResource;
import dev.gpioint.firmware.GpioInt;
import dev.gpioint.firmware.Interrupt;
import dev.gpioint.firmware.InterruptMode;
import dev.gpioint.sim.SignalSink;
import dev.gpioint.sim.SimProbe;
import java.util.List;

/**
 * A {@link SimProbe} built from its firmware: registers at its Memory32Fixed base, one output per interrupt
 * resource in firmware order. Level outputs are open-drain onto their pin or line (shared with any other
 * device's level output there); edge outputs are driven by the scenario on the controller's pin or the line.
 */
public final class SimProbeHardware implements SimulatedDevice {
    /** The probe's hardware IDs: KMDF at DIRQL, KMDF passive, UMDF (see the probe drivers). */
    public static final List<String> HARDWARE_IDS = List.of("GPRB0001", "GPRB0002", "GPRB0003");

    private final SimProbe probe;

    SimProbeHardware(SimProbe probe) {
        this.probe = probe;
    }

    public SimProbe probe() {
        return probe;
    }

    @Override
    public void unplug() {
        probe.unplug();
    }

    @Override
    public String describe() {
        return "delivery probe with " + probe.outputs() + " interrupt outputs";
    }

    @Override
    public List<String> actions() {
        return List.of("raise INDEX COUNT");
    }

    @Override
    public Runnable action(String action, List<String> arguments) {
        if (!SimBoard.normalize(action).equals("raise")) {
            throw SimulatedDevice.unknownAction(action);
        }
        Arguments.count(action, arguments, 2, "INDEX COUNT");
        int index = Arguments.integer("output index", arguments.get(0));
        int count = Arguments.integer("request count", arguments.get(1));
        if (index < 0 || index >= probe.outputs()) {
            throw new IllegalArgumentException("output " + index + " is out of range 0.." + (probe.outputs() - 1));
        }
        if (count < 1) {
            throw new IllegalArgumentException("raise needs a count of at least 1, not " + count);
        }
        return () -> probe.raise(index, count);
    }

    /** Builds probes ({@code GPRB0001..3}). */
    public static final class Factory implements SimulatedDeviceFactory {
        @Override
        public List<String> hardwareIds() {
            return HARDWARE_IDS;
        }

        @Override
        public SimulatedDevice create(SimBoardContext context, FirmwareDevice device) {
            List<FirmwareResource> interrupts = context.interrupts(device);
            var outputs = new SignalSink[interrupts.size()];
            for (int i = 0; i < outputs.length; i++) {
                FirmwareResource resource = interrupts.get(i);
                boolean level = switch (resource) {
                    case GpioInt gpio -> gpio.mode() == InterruptMode.LEVEL;
                    case Interrupt line -> line.mode() == InterruptMode.LEVEL;
                    default -> false;
                };
                outputs[i] = level ? context.levelOutput(resource) : null;
            }
            long base = context.registers(device).base();
            return new SimProbeHardware(new SimProbe(context.machine(), device.path().toString(), base, outputs));
        }
    }
}
