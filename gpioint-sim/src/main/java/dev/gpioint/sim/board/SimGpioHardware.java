package dev.gpioint.sim.board;

import dev.gpioint.firmware.FirmwareDevice;
import dev.gpioint.firmware.FirmwareResource;
import dev.gpioint.firmware.Interrupt;
import dev.gpioint.sim.SimGpioController;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A simulated SimGpio controller built from its firmware: registers at its Memory32Fixed base, bank {@code i}'s
 * interrupt on the i-th Interrupt() number. Scenario actions drive pin inputs directly (a signal from off-board).
 */
public final class SimGpioHardware implements SimulatedDevice, GpioPinSource {
    private final SimGpioController controller;

    SimGpioHardware(SimGpioController controller) {
        this.controller = controller;
    }

    public SimGpioController controller() {
        return controller;
    }

    @Override
    public int pinCount() {
        return SimGpioController.TOTAL_PINS;
    }

    @Override
    public dev.gpioint.sim.SignalSink pinInput(int pin) {
        return controller.pinInput(pin);
    }

    @Override
    public String describe() {
        return "SimGpio controller, " + SimGpioController.TOTAL_PINS + " pins";
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

    private static int pin(String text) {
        int pin = Arguments.integer("pin", text);
        if (pin < 0 || pin >= SimGpioController.TOTAL_PINS) {
            throw new IllegalArgumentException("pin " + pin + " is out of range 0.." + (SimGpioController.TOTAL_PINS - 1));
        }
        return pin;
    }

    /** Builds SimGpio controllers ({@code GPSM0001}). */
    public static final class Factory implements SimulatedDeviceFactory {
        @Override
        public List<String> hardwareIds() {
            return List.of("GPSM0001");
        }

        @Override
        public SimulatedDevice create(SimBoardContext context, FirmwareDevice device) {
            var gsivs = new ArrayList<Long>();
            for (FirmwareResource resource : device.resources()) {
                if (resource instanceof Interrupt interrupt) {
                    gsivs.addAll(interrupt.gsivs());
                }
            }
            if (gsivs.size() < SimGpioController.BANKS) {
                throw new IllegalArgumentException("a SimGpio controller needs " + SimGpioController.BANKS
                        + " Interrupt() numbers, one per bank; the firmware gives " + gsivs.size());
            }
            long base = context.registers(device).base();
            return new SimGpioHardware(new SimGpioController(context.machine(), device.path().toString(), base,
                    gsivs.subList(0, SimGpioController.BANKS)));
        }
    }
}
