package dev.gpioint.sim.board;

import dev.gpioint.firmware.FirmwareDevice;
import dev.gpioint.sim.SignalSink;
import dev.gpioint.sim.SimButtonPanel;
import java.time.Duration;
import java.util.List;

/** Simulated buttons of a Windows button array ({@code PNP0C40}), wired in the order of its GpioInts. */
public final class SimButtonsHardware implements SimulatedDevice {
    private final SimButtonPanel panel;

    SimButtonsHardware(SimButtonPanel panel) {
        this.panel = panel;
    }

    @Override
    public String describe() {
        return "button array " + SimButtonPanel.NAMES;
    }

    @Override
    public List<String> actions() {
        return List.of("press BUTTON", "release BUTTON", "click BUTTON [HOLD]", "glitch BUTTON WIDTH");
    }

    @Override
    public Runnable action(String action, List<String> arguments) {
        String verb = SimBoard.normalize(action);
        if (arguments.isEmpty()) {
            throw new IllegalArgumentException("'" + action + "' needs a button (" + SimButtonPanel.NAMES + ")");
        }
        int button = panel.index(arguments.getFirst());
        return switch (verb) {
            case "press" -> {
                Arguments.count(action, arguments, 1, "BUTTON");
                yield () -> panel.press(button);
            }
            case "release" -> {
                Arguments.count(action, arguments, 1, "BUTTON");
                yield () -> panel.release(button);
            }
            case "click" -> {
                Duration hold = arguments.size() > 1 ? Arguments.duration(arguments.get(1)) : Duration.ofMillis(100);
                if (arguments.size() > 2) {
                    Arguments.count(action, arguments, 2, "BUTTON [HOLD]");
                }
                yield () -> panel.click(button, hold);
            }
            case "glitch" -> {
                Arguments.count(action, arguments, 2, "BUTTON WIDTH");
                Duration width = Arguments.duration(arguments.get(1));
                yield () -> panel.click(button, width);
            }
            default -> throw SimulatedDevice.unknownAction(action);
        };
    }

    /** Builds button arrays ({@code PNP0C40}). */
    public static final class Factory implements SimulatedDeviceFactory {
        @Override
        public List<String> hardwareIds() {
            return List.of("PNP0C40");
        }

        @Override
        public SimulatedDevice create(SimBoardContext context, FirmwareDevice device) {
            List<SignalSink> wires = context.interrupts(device).stream().map(context::wire).toList();
            return new SimButtonsHardware(new SimButtonPanel(context.machine(), wires));
        }
    }
}
