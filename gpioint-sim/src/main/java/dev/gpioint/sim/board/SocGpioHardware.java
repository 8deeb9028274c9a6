package dev.gpioint.sim.board;

import dev.gpioint.firmware.FirmwareDevice;
import dev.gpioint.firmware.Interrupt;
import dev.gpioint.firmware.MemoryRange;
import dev.gpioint.firmware.Polarity;
import dev.gpioint.sim.SignalSink;
import dev.gpioint.sim.SimSocGpioController;
import dev.gpioint.sim.SimSocGpioRegisters;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A real GPIO controller of a {@link SocGpioCatalog} family, simulated with that family's shape: its registers at
 * the firmware's Memory base (or in a {@link BusWindow} when the real part sits behind a serial bus), each bank's
 * interrupt on the Interrupt() resource its family's {@link BankInterruptWiring} names (bank i on the i-th, or every
 * bank on the only one, unless the family spreads them otherwise). Scenario actions drive pin inputs.
 */
public final class SocGpioHardware implements SimulatedDevice, GpioPinSource, BusWindow {
    private final SocGpioModel model;
    private final SimSocGpioController controller;
    private final Optional<MemoryRange> window;

    SocGpioHardware(SocGpioModel model, SimSocGpioController controller, Optional<MemoryRange> window) {
        this.model = model;
        this.controller = controller;
        this.window = window;
    }

    public SimSocGpioController controller() {
        return controller;
    }

    public SocGpioModel model() {
        return model;
    }

    @Override
    public Optional<MemoryRange> window() {
        return window;
    }

    @Override
    public int pinCount() {
        return controller.totalPins();
    }

    @Override
    public SignalSink pinInput(int pin) {
        return controller.pinInput(pin);
    }

    @Override
    public String describe() {
        return model.family() + ", " + controller.totalPins() + " pins in banks of " + controller.pinsPerBank();
    }

    @Override
    public List<String> actions() {
        return List.of("pin PIN high|low", "pulse PIN high|low WIDTH");
    }

    @Override
    public Runnable action(String action, List<String> arguments) {
        return switch (SimBoard.normalize(action)) {
            case "pin" -> {
                Arguments.count(action, arguments, 2, "PIN high|low");
                int pin = pin(arguments.get(0));
                boolean level = Arguments.level(arguments.get(1));
                yield () -> controller.setInput(pin, level);
            }
            case "pulse" -> {
                Arguments.count(action, arguments, 3, "PIN high|low WIDTH");
                int pin = pin(arguments.get(0));
                boolean level = Arguments.level(arguments.get(1));
                Duration width = Arguments.duration(arguments.get(2));
                yield () -> controller.pulse(pin, level, width);
            }
            default -> throw SimulatedDevice.unknownAction(action);
        };
    }

    private int pin(String text) {
        int pin = Arguments.integer("pin", text);
        if (pin < 0 || pin >= controller.totalPins()) {
            throw new IllegalArgumentException("pin " + pin + " is out of range 0.." + (controller.totalPins() - 1));
        }
        return pin;
    }

    /** Builds the controllers of every {@link SocGpioCatalog} family. */
    public static final class Factory implements SimulatedDeviceFactory {
        @Override
        public List<String> hardwareIds() {
            return SocGpioCatalog.ids();
        }

        @Override
        public SimulatedDevice create(SimBoardContext context, FirmwareDevice device) {
            SocGpioModel model = SocGpioCatalog.match(device).orElseThrow(() ->
                    new IllegalArgumentException("no GPIO controller family for " + device.matchIds()));
            int pins;
            try {
                pins = model.pinsOf(device);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(model.family() + ": " + e.getMessage());
            }
            var gsivs = new ArrayList<Long>();
            var activeLow = new ArrayList<Boolean>();
            for (Interrupt interrupt : SocGpioModel.interruptResources(device)) {
                gsivs.add(interrupt.gsivs().getFirst());
                activeLow.add(interrupt.polarity() == Polarity.ACTIVE_LOW);
            }
            if (gsivs.isEmpty()) {
                throw new IllegalArgumentException(model.family() + " needs an Interrupt() resource for its banks; the firmware gives none");
            }
            int banks = (pins + model.pinsPerBank() - 1) / model.pinsPerBank();
            int[] bankOutput = model.wiring().bankInterrupts(banks, gsivs.size());
            int outputs = Arrays.stream(bankOutput).max().orElse(0) + 1;
            boolean memoryMapped = (model.features() & SimSocGpioRegisters.FEATURE_MEMORY_MAPPED) != 0;
            var controller = new SimSocGpioController(context.machine(), device.path().toString(), pins, model.pinsPerBank(),
                    model.features(), gsivs.subList(0, outputs), activeLow.subList(0, outputs), bankOutput);
            if (memoryMapped || SocGpioModel.hasMemory(device)) {
                MemoryRange registers = context.registers(device);
                // The firmware's whole range decodes to the controller, so a driver can map exactly what it was given.
                context.machine().memory().attach(registers.base(), Math.max(registers.length(), controller.registerSize()),
                        controller, device.path().toString());
                return new SocGpioHardware(model, controller, Optional.empty());
            }
            MemoryRange window = context.busWindow(controller.registerSize());
            context.machine().memory().attach(window.base(), window.length(), controller, device.path() + " (bus window)");
            return new SocGpioHardware(model, controller, Optional.of(window));
        }
    }
}
