package dev.gpioint.sim.board;

import dev.gpioint.firmware.FirmwareDevice;
import dev.gpioint.firmware.FirmwareResource;
import dev.gpioint.firmware.GpioInt;
import dev.gpioint.firmware.Interrupt;
import dev.gpioint.firmware.Polarity;
import dev.gpioint.firmware.PullConfiguration;
import dev.gpioint.sim.SignalSink;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Scenario actions on a device's interrupt outputs by their index among the interrupts its driver receives (each
 * GpioInt and each GSIV of an Interrupt(), from 0, in firmware order): {@code pulse \_SB.TPD0 interrupt 0 [WIDTH]}, {@code assert ...},
 * {@code release ...}. They work on any device, simulated or not: the wire is the one its firmware describes
 * (a simulated controller's pin input, or a primary line). Asserting drives the wire to the resource's active
 * level; for ActiveBoth, to the level opposite its idle one (idle high with a pull-up, else low). A pulse without
 * WIDTH asserts and releases at once; with WIDTH it holds the level that long, and a level interrupt held by a
 * device whose driver cannot quiet it storms, as it would on hardware.
 */
final class InterruptWires {
    private InterruptWires() {
    }

    /** The actions it knows, for messages. */
    static List<String> actions() {
        return List.of("pulse interrupt N [WIDTH]", "assert interrupt N", "release interrupt N");
    }

    /** The step for {@code verb interrupt N [WIDTH]} on {@code device}; throws IllegalArgumentException naming the problem. */
    static Runnable action(SimBoardContext context, FirmwareDevice device, String verb, List<String> arguments) {
        if (arguments.size() < 2) {
            throw new IllegalArgumentException("expected '" + verb + " interrupt N" + (verb.equalsIgnoreCase("pulse") ? " [WIDTH]'" : "'"));
        }
        int index = Arguments.integer("interrupt index", arguments.get(1));
        List<FirmwareResource> interrupts = context.interruptOutputs(device);
        if (index < 0 || index >= interrupts.size()) {
            throw new IllegalArgumentException(device.path() + " has " + interrupts.size() + " interrupt"
                    + (interrupts.size() == 1 ? "" : "s") + ", so no interrupt " + index);
        }
        FirmwareResource resource = interrupts.get(index);
        SignalSink wire = context.wire(resource);
        boolean active = activeLevel(resource);
        return switch (verb.toLowerCase(Locale.ROOT)) {
            case "assert" -> {
                Arguments.count(verb, arguments, 2, "interrupt N");
                yield () -> wire.drive(active);
            }
            case "release" -> {
                Arguments.count(verb, arguments, 2, "interrupt N");
                yield () -> wire.drive(!active);
            }
            case "pulse" -> {
                if (arguments.size() > 3) {
                    throw new IllegalArgumentException("expected 'pulse interrupt N [WIDTH]'");
                }
                if (arguments.size() == 2) {
                    // Asserted and withdrawn at once: an edge, or a level request the controller latches, served once.
                    yield () -> {
                        wire.drive(active);
                        wire.drive(!active);
                    };
                }
                Duration width = Arguments.duration(arguments.get(2));
                yield () -> {
                    wire.drive(active);
                    context.machine().schedule(width, () -> wire.drive(!active));
                };
            }
            default -> throw SimulatedDevice.unknownAction(verb);
        };
    }

    /** The electrical level at which {@code resource} is asserted (true: high); its idle level is the other. */
    static boolean activeLevel(FirmwareResource resource) {
        return switch (resource) {
            case GpioInt gpio -> gpio.polarity() == Polarity.ACTIVE_BOTH ? gpio.pull() != PullConfiguration.UP
                    : gpio.polarity() == Polarity.ACTIVE_HIGH;
            case Interrupt interrupt -> interrupt.polarity() != Polarity.ACTIVE_LOW;
            default -> throw new IllegalArgumentException(resource.kind() + " is not an interrupt");
        };
    }
}
