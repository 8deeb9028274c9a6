package dev.gpioint.drivers.hidbuttons;

import dev.gpioint.drivers.buttons.ButtonTransitions;
import dev.gpioint.resource.ResourceList;
import dev.gpioint.status.NtStatus;
import dev.gpioint.status.NtStatusException;
import dev.gpioint.wdf.KmdfDeviceCallbacks;
import dev.gpioint.wdf.WdfDevice;
import dev.gpioint.wdf.WdfInterruptConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One button device: an interrupt per GpioInt, named by the {@code _DSD} usages (or "power" for a power button
 * device, "button N" when the firmware names none). Each button is an Edge ActiveBoth pin whose resource carries no
 * direction, so the driver tracks the state: the first interrupt after connect is the press, each later one flips
 * it. The ISRs are passive — the pins may sit on a controller reached over a serial bus, like a PMIC's — and stamp
 * the time into a per-button ring without allocating; the work item reports presses and releases.
 */
final class GenericButtonsDevice implements KmdfDeviceCallbacks {
    private final List<ButtonTransitions> buttons = new ArrayList<>();

    @Override
    public void prepareHardware(WdfDevice device, ResourceList raw, ResourceList translated) {
        buttons.clear();
        Map<Integer, String> names = usages(device);
        boolean powerButton = device.hardwareIds().stream().anyMatch(GenericButtonsDriver.POWER_BUTTON_ID::equalsIgnoreCase)
                && !device.hardwareIds().stream().anyMatch(GenericButtonsDriver.GENERIC_BUTTONS_ID::equalsIgnoreCase);
        int index = 0;
        for (int i = 0; i < translated.size(); i++) {
            if (!translated.get(i).isInterrupt()) {
                continue;
            }
            String name = names.getOrDefault(index, powerButton && index == 0 ? "power" : "button " + index);
            if (!translated.get(i).isLatched()) {
                throw new NtStatusException(NtStatus.DEVICE_CONFIGURATION_ERROR, "button " + name + " (interrupt " + index
                        + ", resource #" + (i + 1) + ") must be an Edge interrupt");
            }
            var button = new ButtonTransitions(name, true);
            device.createInterrupt(WdfInterruptConfig.init(button::isr, null).workItem(button::report)
                    .passiveHandling(true).interruptRaw(raw.get(i)).interruptTranslated(translated.get(i)));
            buttons.add(button);
            index++;
        }
        if (buttons.isEmpty()) {
            throw new NtStatusException(NtStatus.DEVICE_CONFIGURATION_ERROR, "a button device needs at least one GpioInt");
        }
    }

    private static Map<Integer, String> usages(WdfDevice device) {
        try {
            Optional<Object> dsd = device.evaluateMethod("_DSD");
            return dsd.map(ButtonUsages::read).orElse(Map.of());
        } catch (NtStatusException noDsd) {
            // No _DSD, or firmware that cannot run methods: the buttons are numbered instead of named.
            return Map.of();
        }
    }

    /** The buttons in interrupt order, by name. */
    public List<String> names() {
        return buttons.stream().map(ButtonTransitions::name).toList();
    }
}
