package dev.gpioint.cli;

import dev.gpioint.firmware.Firmware;
import dev.gpioint.firmware.FirmwareDevice;
import dev.gpioint.firmware.FirmwareResource;
import dev.gpioint.firmware.GpioInt;
import dev.gpioint.firmware.GpioIo;
import dev.gpioint.firmware.Interrupt;
import dev.gpioint.firmware.InterruptMode;
import dev.gpioint.firmware.NamePath;
import dev.gpioint.firmware.Sharing;
import dev.gpioint.pnp.DeviceNode;
import dev.gpioint.pnp.DeviceState;
import dev.gpioint.pnp.PnpManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lints a board: what the firmware says against itself (two exclusive consumers of a pin, wake pins on a
 * controller whose own interrupt cannot wake, shared edge interrupts) and against the drivers (devices that fail
 * to start: a resource order that does not match the driver's layout, unknown controllers or pins).
 */
final class BoardLint {
    /** One finding: an error makes {@code check} fail; a warning does not. */
    record Finding(boolean error, NamePath device, String resource, String message) {
        String render() {
            return (error ? "error: " : "warning: ") + device + (resource.isEmpty() ? "" : " " + resource) + ": " + message;
        }
    }

    private BoardLint() {
    }

    static List<Finding> check(Firmware firmware, PnpManager booted) {
        var findings = new ArrayList<Finding>();
        record Use(NamePath device, String resource, Sharing sharing) {
        }
        Map<String, List<Use>> pinUses = new LinkedHashMap<>();
        for (FirmwareDevice device : firmware.devices()) {
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
                        if (gpio.wake()) {
                            wakeProblem(booted, gpio.controller()).ifPresent(problem ->
                                    findings.add(new Finding(true, device.path(), where, problem)));
                        }
                    }
                    case GpioIo io -> {
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
            if (uses.size() > 1 && uses.stream().anyMatch(u -> u.sharing() == Sharing.EXCLUSIVE)) {
                for (Use use : uses.subList(1, uses.size())) {
                    findings.add(new Finding(true, use.device(), use.resource(), pin + " is also used by " + uses.getFirst().device()
                            + " " + uses.getFirst().resource() + ", and not both as Shared"));
                }
            }
        });
        for (DeviceNode node : booted.devices()) {
            if (node.state() == DeviceState.FAILED) {
                findings.add(new Finding(true, node.path(), "", "fails to start: " + node.failureReason().orElse("unknown reason")));
            }
        }
        return findings;
    }

    /**
     * Why pins of {@code controller} cannot wake the system, if they cannot: the started class extension's own
     * verdict (one of the controller's interrupts is wake-capable). A controller that did not start is reported
     * by the boot.
     */
    private static Optional<String> wakeProblem(PnpManager booted, NamePath controller) {
        return booted.gpioController(controller).filter(c -> !c.canWake()).map(c -> "wake-capable, but controller "
                + controller + " cannot wake: none of its own Interrupt() resources is ExclusiveAndWake or SharedAndWake");
    }
}
