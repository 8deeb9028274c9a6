package dev.gpioint.sim.board;

import dev.gpioint.firmware.FirmwareDevice;
import dev.gpioint.firmware.FirmwareResource;
import dev.gpioint.firmware.I2cSerialBus;
import dev.gpioint.sim.SimHidTouchController;
import java.util.List;

/** A simulated HID-over-I2C touch controller ({@code PNP0C50}) on its I2C connection, interrupt per its GpioInt. */
public final class SimTouchHardware implements SimulatedDevice {
    private final SimHidTouchController touch;

    SimTouchHardware(SimHidTouchController touch) {
        this.touch = touch;
    }

    public SimHidTouchController touch() {
        return touch;
    }

    @Override
    public String describe() {
        return "HID-over-I2C touch controller";
    }

    @Override
    public List<String> actions() {
        return List.of("touch X Y", "lift X Y");
    }

    @Override
    public Runnable action(String action, List<String> arguments) {
        String verb = SimBoard.normalize(action);
        if (!verb.equals("touch") && !verb.equals("lift")) {
            throw SimulatedDevice.unknownAction(action);
        }
        Arguments.count(action, arguments, 2, "X Y");
        int x = Arguments.integer("x", arguments.get(0));
        int y = Arguments.integer("y", arguments.get(1));
        boolean tip = verb.equals("touch");
        return () -> touch.report(tip, x, y);
    }

    /** Builds touch controllers ({@code PNP0C50}). */
    public static final class Factory implements SimulatedDeviceFactory {
        @Override
        public List<String> hardwareIds() {
            return List.of("PNP0C50");
        }

        @Override
        public SimulatedDevice create(SimBoardContext context, FirmwareDevice device) {
            I2cSerialBus connection = context.i2cConnection(device);
            List<FirmwareResource> interrupts = context.interrupts(device);
            if (interrupts.isEmpty()) {
                throw new IllegalArgumentException("the touch controller's interrupt is not described (no GpioInt)");
            }
            // The hardware is built to the polarity its firmware describes, so an ActiveHigh board idles low.
            return new SimTouchHardware(new SimHidTouchController(context.i2cBus(connection), connection.address(),
                    context.wire(interrupts.getFirst()), InterruptWires.activeLevel(interrupts.getFirst())));
        }
    }
}
