package dev.gpioint.sim.board;

import dev.gpioint.firmware.FirmwareDevice;
import dev.gpioint.firmware.FirmwareResource;
import dev.gpioint.firmware.I2cSerialBus;
import dev.gpioint.sim.SignalSink;
import dev.gpioint.sim.SimI2cGpioExpander;
import java.util.List;

/**
 * A simulated I2C GPIO expander: on the bus and address of its I2cSerialBusV2, its interrupt output wired where
 * its GpioInt says (a pin of the SoC controller: a cascade). Scenario actions drive its pin inputs.
 */
public final class SimExpanderHardware implements SimulatedDevice, GpioPinSource {
    private final SimI2cGpioExpander expander;

    SimExpanderHardware(SimI2cGpioExpander expander) {
        this.expander = expander;
    }

    @Override
    public int pinCount() {
        return SimI2cGpioExpander.BANKS * SimI2cGpioExpander.PINS_PER_BANK;
    }

    @Override
    public SignalSink pinInput(int pin) {
        return expander.pinInput(pin);
    }

    @Override
    public String describe() {
        return "I2C GPIO expander, " + pinCount() + " pins";
    }

    @Override
    public List<String> actions() {
        return List.of("pin PIN high|low");
    }

    @Override
    public Runnable action(String action, List<String> arguments) {
        if (!SimBoard.normalize(action).equals("pin")) {
            throw SimulatedDevice.unknownAction(action);
        }
        Arguments.count(action, arguments, 2, "PIN high|low");
        int pin = Arguments.integer("pin", arguments.get(0));
        if (pin < 0 || pin >= pinCount()) {
            throw new IllegalArgumentException("pin " + pin + " is out of range 0.." + (pinCount() - 1));
        }
        boolean level = Arguments.level(arguments.get(1));
        return () -> expander.setInput(pin, level);
    }

    /** Builds expanders ({@code SMGX0001}). */
    public static final class Factory implements SimulatedDeviceFactory {
        @Override
        public List<String> hardwareIds() {
            return List.of("SMGX0001");
        }

        @Override
        public SimulatedDevice create(SimBoardContext context, FirmwareDevice device) {
            I2cSerialBus connection = context.i2cConnection(device);
            List<FirmwareResource> interrupts = context.interrupts(device);
            if (interrupts.isEmpty()) {
                throw new IllegalArgumentException("the expander's interrupt output is not described (no GpioInt)");
            }
            return new SimExpanderHardware(new SimI2cGpioExpander(context.i2cBus(connection), connection.address(),
                    context.wire(interrupts.getFirst())));
        }
    }
}
