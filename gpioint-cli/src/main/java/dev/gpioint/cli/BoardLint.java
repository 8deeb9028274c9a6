package dev.gpioint.cli;

import dev.gpioint.firmware.Firmware;
import dev.gpioint.firmware.FirmwareDevice;
import dev.gpioint.firmware.FirmwareResource;
import dev.gpioint.firmware.GpioInt;
import dev.gpioint.firmware.GpioIo;
import dev.gpioint.firmware.Interrupt;
import dev.gpioint.firmware.InterruptMode;
import dev.gpioint.firmware.NamePath;
import dev.gpioint.firmware.Polarity;
import dev.gpioint.firmware.Sharing;
import dev.gpioint.gpio.ControllerAttributes;
import dev.gpioint.pnp.DeviceNode;
import dev.gpioint.pnp.DeviceState;
import dev.gpioint.pnp.PnpManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Lints a machine as it booted: only present devices count (a device whose {@code _STA} hides it has no
 * resources on the running machine). It checks what the firmware says against itself (two devices on one pin not
 * both Shared, a GpioInt naming a controller the firmware does not define or that is absent, {@code _DEP} cycles,
 * shared edge interrupts), against the controllers as their drivers describe them (a pin beyond the controller,
 * wake on a controller that cannot wake, a trigger the controller cannot detect) and against the drivers (devices
 * that fail to start: a resource order that does not match the class driver's layout, and the rest).
 */
final class BoardLint {
    /** One finding: an error makes {@code check} fail; a warning does not. */
    record Finding(boolean error, NamePath device, String resource, String message) {
        String render() {
            return (error ? "error: " : "warning: ") + device + (resource.isEmpty() ? "" : " " + resource) + ": " + message;
        }
    }

    /** The compatible ID of HID over I2C devices, whose protocol fixes the interrupt's trigger. */
    private static final String HID_OVER_I2C = "PNP0C50";
    /** Failures that come from the simulated machine's limits, not from the firmware. */
    private static final String VECTORS_EXHAUSTED = "no interrupt vector is left";
    /** A controller with several interrupts but fewer than its banks, whose client does not bind them to banks. */
    private static final String UNBOUND_BANK_INTERRUPTS = "its client does not bind them to banks";
    /** A consumer whose controller failed: reported at the controller. */
    private static final String CONTROLLER_NOT_STARTED = "which is not started";

    /**
     * Why a wake finding on a real SoC controller is only a warning: its pins may wake through a route ACPI does
     * not describe (Qualcomm's TLMM wakes through the PDC, the PMIC through its SPMI arbiter), so the firmware
     * alone cannot prove the pin cannot wake.
     */
    private static final String REAL_WAKE = " (on a real SoC controller wake may be routed outside ACPI, e.g. through "
            + "Qualcomm's PDC: check the platform's wake routing)";

    private BoardLint() {
    }

    /** Whether {@code controller} is a real SoC controller (served by the soc-gpio driver), not a gpioint board's. */
    private static boolean isRealController(PnpManager booted, NamePath controller) {
        return booted.devices().stream().anyMatch(n -> n.path().equals(controller)
                && n.driver().map(d -> d.name().equals("soc-gpio")).orElse(false));
    }

    static List<Finding> check(Firmware firmware, PnpManager booted) {
        var findings = new ArrayList<Finding>();
        record Use(NamePath device, String resource, Sharing sharing) {
        }
        Map<String, List<Use>> pinUses = new LinkedHashMap<>();
        Map<NamePath, List<String>> wakeOnRealController = new LinkedHashMap<>();
        for (FirmwareDevice device : firmware.devices()) {
            if (!device.isPresentAndEnabled() || Presence.absence(firmware, device).isPresent()) {
                continue;
            }
            int position = 0;
            for (FirmwareResource resource : device.resources()) {
                position++;
                String where = "resource #" + position + " (" + FirmwareText.describe(resource) + ")";
                switch (resource) {
                    case GpioInt gpio -> {
                        pinUses.computeIfAbsent(gpio.controller() + " pin " + gpio.pin(), k -> new ArrayList<>())
                                .add(new Use(device.path(), where, gpio.sharing()));
                        if (gpio.mode() == InterruptMode.EDGE && gpio.sharing() == Sharing.SHARED) {
                            findings.add(new Finding(false, device.path(), where, "an edge interrupt marked Shared: edges cannot be "
                                    + "shared reliably (UMDF refuses them); use Level for a shared line"));
                        }
                        controllerProblem(firmware, booted, gpio).ifPresent(problem ->
                                findings.add(new Finding(true, device.path(), where, problem)));
                        if (gpio.wake()) {
                            int resourceNumber = position;
                            whyCannotWake(booted, gpio.controller()).ifPresent(why -> {
                                if (isRealController(booted, gpio.controller())) {
                                    // Reported once per controller below: on real SoCs it is the rule, not one device's slip.
                                    wakeOnRealController.computeIfAbsent(gpio.controller(), c -> new ArrayList<>())
                                            .add(device.path() + " #" + resourceNumber);
                                } else {
                                    findings.add(new Finding(true, device.path(), where, "wake-capable, but controller "
                                            + gpio.controller() + " cannot wake: " + why));
                                }
                            });
                        }
                        triggerProblem(booted, gpio).ifPresent(problem ->
                                findings.add(new Finding(problem.error(), device.path(), where, problem.message())));
                        if (device.matchIds().contains(HID_OVER_I2C) && (gpio.mode() != InterruptMode.LEVEL || gpio.polarity() != Polarity.ACTIVE_LOW)) {
                            findings.add(new Finding(false, device.path(), where, "HID over I2C asks for a Level ActiveLow "
                                    + "interrupt, held while the device has input, not " + FirmwareText.trigger(gpio.mode(), gpio.polarity())
                                    + (gpio.mode() == InterruptMode.EDGE
                                            ? ": a report that follows another before the line drops is not signalled again" : "")));
                        }
                    }
                    case GpioIo io -> {
                        controllerProblem(firmware, booted, io.controller(), io.pins()).ifPresent(problem ->
                                findings.add(new Finding(true, device.path(), where, problem)));
                        for (int pin : io.pins()) {
                            pinUses.computeIfAbsent(io.controller() + " pin " + pin, k -> new ArrayList<>())
                                    .add(new Use(device.path(), where, io.sharing()));
                        }
                    }
                    case Interrupt interrupt -> {
                        if (interrupt.mode() == InterruptMode.EDGE && interrupt.sharing() == Sharing.SHARED) {
                            findings.add(new Finding(false, device.path(), where, "an edge interrupt marked Shared: edges cannot be "
                                    + "shared reliably; use Level for a shared line"));
                        }
                    }
                    default -> {
                    }
                }
            }
        }
        pinUses.forEach((pin, uses) -> {
            Use first = uses.getFirst();
            Set<NamePath> reported = new HashSet<>();
            for (Use use : uses.subList(1, uses.size())) {
                // One device naming its own pin twice (a GpioInt and a GpioIo for a card-detect line) is not a conflict,
                // and a device that names the pin in several resources is reported once, at the first of them.
                if (!use.device().equals(first.device())
                        && (use.sharing() == Sharing.EXCLUSIVE || first.sharing() == Sharing.EXCLUSIVE) && reported.add(use.device())) {
                    long more = uses.stream().filter(u -> u.device().equals(use.device())).count() - 1;
                    findings.add(new Finding(true, use.device(), use.resource(), pin + " is also used by " + first.device()
                            + " " + first.resource() + ", and not both as Shared"
                            + (more > 0 ? " (and by " + more + " more of " + use.device() + "'s resources)" : "")));
                }
            }
        });
        wakeOnRealController.forEach((controller, consumers) -> findings.add(new Finding(false, controller, "",
                consumers.size() + " wake-capable GpioInt" + (consumers.size() == 1 ? "" : "s") + " (" + String.join(", ", consumers)
                        + "), but it cannot wake: " + whyCannotWake(booted, controller).orElseThrow() + REAL_WAKE)));
        findings.addAll(DependencyCycles.find(firmware));
        Set<NamePath> alreadyExplained = new HashSet<>();
        findings.stream().filter(Finding::error).forEach(f -> alreadyExplained.add(f.device()));
        for (DeviceNode node : booted.devices()) {
            if (node.state() != DeviceState.FAILED || alreadyExplained.contains(node.path())) {
                continue;
            }
            String reason = node.failureReason().orElse("unknown reason");
            if (reason.contains(CONTROLLER_NOT_STARTED)) {
                // The controller's own failure is the finding; its consumers only follow from it.
                findings.add(new Finding(false, node.path(), "", "not started because its GPIO controller did not: " + reason));
            } else if (reason.contains("but the firmware gives []")
                    && node.firmware().resourceOrigin() == dev.gpioint.firmware.ResourceOrigin.EVALUATED_METHOD) {
                // A _CRS method that returns nothing here usually picks its template from a variable the platform
                // firmware sets at boot (an NVS field the evaluation reads as 0): not provably a defect.
                findings.add(new Finding(false, node.path(), "", "its _CRS method returned no resources on this evaluation "
                        + "(it may choose them from values the platform firmware sets at boot): " + reason));
            } else if (reason.contains(UNBOUND_BANK_INTERRUPTS) && isRealController(booted, node.path())) {
                // On a gpioint board this is the firmware's error (its controller's driver serves one interrupt, or one
                // per bank). On a real controller the real driver may bind the interrupts to banks
                // (QueryBankInterruptBindingInformation) where gpioint's client for the family does not know how.
                findings.add(new Finding(false, node.path(), "", "not started: it has several interrupts for more banks, and "
                        + "gpioint's client for this family does not bind them to banks; the real driver may, which the "
                        + "firmware alone cannot show (" + reason + ")"));
            } else if (reason.contains(VECTORS_EXHAUSTED)) {
                findings.add(new Finding(false, node.path(), "", "not started on the simulated machine, whose processors' "
                        + "vector tables (0x30-0xCF, 160 lines each) are full: a limit of the simulation, not a firmware defect (" + reason + ")"));
            } else {
                findings.add(new Finding(true, node.path(), "", "fails to start: " + reason));
            }
        }
        return findings;
    }

    /** Why a GpioInt's controller or pin does not exist on the booted machine, if it does not. */
    private static Optional<String> controllerProblem(Firmware firmware, PnpManager booted, GpioInt gpio) {
        return controllerProblem(firmware, booted, gpio.controller(), List.of(gpio.pin()));
    }

    private static Optional<String> controllerProblem(Firmware firmware, PnpManager booted, NamePath controller, List<Integer> pins) {
        Optional<FirmwareDevice> device = firmware.device(controller);
        if (device.isEmpty()) {
            return Optional.of("names GPIO controller " + controller + ", which the firmware does not define");
        }
        Optional<String> absent = Presence.absence(firmware, device.get());
        if (absent.isPresent()) {
            return Optional.of("names GPIO controller " + controller + ", which is " + absent.get());
        }
        return booted.gpioController(controller).filter(c -> c.isStarted()).flatMap(c -> {
            int total = c.information().totalPins();
            return pins.stream().filter(pin -> pin >= total).findFirst()
                    .map(pin -> "pin " + pin + " is beyond " + controller + " (" + total + " pins, 0.." + (total - 1) + ")");
        });
    }

    /**
     * Why pins of {@code controller} cannot wake the system, if they cannot: the started class extension's own
     * verdict (one of the controller's interrupts is wake-capable). A controller that did not start is reported
     * by the boot.
     */
    private static Optional<String> whyCannotWake(PnpManager booted, NamePath controller) {
        return booted.gpioController(controller).filter(c -> c.isStarted() && !c.canWake())
                .map(c -> "none of its own Interrupt() resources is ExclusiveAndWake or SharedAndWake");
    }

    /** A problem of one resource: whether it is an error, and what. */
    private record Problem(boolean error, String message) {
    }

    /** A trigger the controller's hardware does not detect: an error when nothing emulates it, else a warning. */
    private static Optional<Problem> triggerProblem(PnpManager booted, GpioInt gpio) {
        return booted.gpioController(gpio.controller()).filter(c -> c.isStarted()).flatMap(c -> {
            ControllerAttributes attributes = c.information().attributes();
            String controller = "controller " + gpio.controller();
            if (gpio.mode() == InterruptMode.LEVEL && !attributes.levelInterrupts()) {
                return Optional.of(new Problem(false, "Level, but " + controller
                        + " detects only edges: the class extension emulates it by re-delivering while the pin reads asserted"));
            }
            if (gpio.mode() == InterruptMode.EDGE && !attributes.edgeInterrupts()) {
                return Optional.of(new Problem(false, "Edge, but " + controller
                        + " detects only levels: the class extension emulates it with polarity flips"));
            }
            if (gpio.polarity() == Polarity.ACTIVE_BOTH && !attributes.edgeInterrupts() && !attributes.emulateActiveBoth()) {
                return Optional.of(new Problem(true, "ActiveBoth, but " + controller
                        + " detects no edges and does not ask for ActiveBoth emulation"));
            }
            return Optional.empty();
        });
    }
}
