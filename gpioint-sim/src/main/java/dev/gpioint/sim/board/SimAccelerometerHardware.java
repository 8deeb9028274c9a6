package dev.gpioint.sim.board;

import dev.gpioint.firmware.FirmwareDevice;
import dev.gpioint.firmware.FirmwareResource;
import dev.gpioint.firmware.I2cSerialBus;
import dev.gpioint.sim.SimI2cAccelerometer;
import java.util.List;

/** A simulated I2C accelerometer ({@code SMAC0001}): data-ready and activity wired per its first two GpioInts. */
public final class SimAccelerometerHardware implements SimulatedDevice {
    private final SimI2cAccelerometer accelerometer;

    SimAccelerometerHardware(SimI2cAccelerometer accelerometer) {
        this.accelerometer = accelerometer;
    }

    @Override
    public String describe() {
        return "I2C accelerometer (data-ready, activity)";
    }

    @Override
    public List<String> actions() {
        return List.of("sample X Y Z", "shake");
    }

    @Override
    public Runnable action(String action, List<String> arguments) {
        return switch (SimBoard.normalize(action)) {
            case "sample" -> {
                Arguments.count(action, arguments, 3, "X Y Z");
                int x = Arguments.integer("x", arguments.get(0));
                int y = Arguments.integer("y", arguments.get(1));
                int z = Arguments.integer("z", arguments.get(2));
                yield () -> accelerometer.sample(x, y, z);
            }
            case "shake" -> {
                Arguments.count(action, arguments, 0, "no arguments");
                yield accelerometer::shake;
            }
            default -> throw SimulatedDevice.unknownAction(action);
        };
    }

    /** Builds accelerometers ({@code SMAC0001}). */
    public static final class Factory implements SimulatedDeviceFactory {
        @Override
        public List<String> hardwareIds() {
            return List.of("SMAC0001");
        }

        @Override
        public SimulatedDevice create(SimBoardContext context, FirmwareDevice device) {
            I2cSerialBus connection = context.i2cConnection(device);
            List<FirmwareResource> interrupts = context.interrupts(device);
            if (interrupts.size() < 2) {
                throw new IllegalArgumentException("the accelerometer has two interrupt outputs; the firmware gives " + interrupts.size());
            }
            return new SimAccelerometerHardware(new SimI2cAccelerometer(context.i2cBus(connection), connection.address(),
                    context.wire(interrupts.get(0)), context.wire(interrupts.get(1))));
        }
    }
}
