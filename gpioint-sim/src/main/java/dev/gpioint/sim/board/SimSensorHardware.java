package dev.gpioint.sim.board;

import dev.gpioint.firmware.FirmwareDevice;
import dev.gpioint.firmware.FirmwareResource;
import dev.gpioint.sim.SimSensor;
import java.util.List;

/**
 * A simulated two-interrupt sensor built from its firmware: registers at its Memory32Fixed base, data-ready
 * wired where its first interrupt resource says and activity where its second says.
 */
public final class SimSensorHardware implements SimulatedDevice {
    private final SimSensor sensor;

    SimSensorHardware(SimSensor sensor) {
        this.sensor = sensor;
    }

    public SimSensor sensor() {
        return sensor;
    }

    @Override
    public String describe() {
        return "two-interrupt sensor (data-ready, activity)";
    }

    @Override
    public List<String> actions() {
        return List.of("sample VALUE", "activity");
    }

    @Override
    public Runnable action(String action, List<String> arguments) {
        return switch (SimBoard.normalize(action)) {
            case "sample" -> {
                Arguments.count(action, arguments, 1, "VALUE");
                int value = Arguments.integer("sample value", arguments.getFirst());
                yield () -> sensor.produceSample(value);
            }
            case "activity" -> {
                Arguments.count(action, arguments, 0, "no arguments");
                yield sensor::signalActivity;
            }
            default -> throw SimulatedDevice.unknownAction(action);
        };
    }

    /** Builds sensors ({@code SMSN0001}). */
    public static final class Factory implements SimulatedDeviceFactory {
        @Override
        public List<String> hardwareIds() {
            return List.of("SMSN0001");
        }

        @Override
        public SimulatedDevice create(SimBoardContext context, FirmwareDevice device) {
            List<FirmwareResource> interrupts = context.interrupts(device);
            if (interrupts.size() < 2) {
                throw new IllegalArgumentException("the sensor has two interrupt outputs; the firmware gives " + interrupts.size());
            }
            long base = context.registers(device).base();
            return new SimSensorHardware(new SimSensor(context.machine(), device.path().toString(), base,
                    context.wire(interrupts.get(0)), context.wire(interrupts.get(1))));
        }
    }
}
