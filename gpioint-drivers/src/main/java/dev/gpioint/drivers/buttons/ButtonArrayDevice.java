package dev.gpioint.drivers.buttons;

import dev.gpioint.resource.ResourceList;
import dev.gpioint.status.NtStatus;
import dev.gpioint.status.NtStatusException;
import dev.gpioint.wdf.KmdfDeviceCallbacks;
import dev.gpioint.wdf.WdfDevice;
import dev.gpioint.wdf.WdfInterruptConfig;

/**
 * One Windows button array: an interrupt per button, in firmware order (power, Windows, volume up, volume
 * down, rotation lock), each Edge ActiveBoth. The resource carries no edge direction, so — as the Windows GPIO
 * buttons driver does — the driver tracks each button's state: the first interrupt after connect is the
 * asserted state (pressed), and each one after flips it ({@link ButtonTransitions}, with a DPC).
 */
public final class ButtonArrayDevice implements KmdfDeviceCallbacks {
    private final ButtonTransitions[] buttons = new ButtonTransitions[ButtonArrayDriver.BUTTONS.size()];
    private int count;

    @Override
    public void prepareHardware(WdfDevice device, ResourceList raw, ResourceList translated) {
        count = 0;
        for (int i = 0; i < translated.size() && count < buttons.length; i++) {
            if (!translated.get(i).isInterrupt()) {
                continue;
            }
            if (!translated.get(i).isLatched()) {
                throw new NtStatusException(NtStatus.DEVICE_CONFIGURATION_ERROR, "button " + ButtonArrayDriver.BUTTONS.get(count)
                        + " must be an Edge (ActiveBoth) interrupt");
            }
            var state = new ButtonTransitions(ButtonArrayDriver.BUTTONS.get(count), false);
            buttons[count++] = state;
            device.createInterrupt(WdfInterruptConfig.init(state::isr, state::report)
                    .interruptRaw(raw.get(i)).interruptTranslated(translated.get(i)));
        }
        if (count == 0) {
            throw new NtStatusException(NtStatus.DEVICE_CONFIGURATION_ERROR, "a button array needs at least one GpioInt");
        }
    }

    /** Presses and releases reported so far for {@code button} (power, windows, ...). */
    public long transitions(String button) {
        for (int i = 0; i < count; i++) {
            if (buttons[i].name().equals(button)) {
                return buttons[i].reported();
            }
        }
        throw new IllegalArgumentException("no button " + button);
    }

    /** Whether the driver believes {@code button} is pressed. */
    public boolean isPressed(String button) {
        for (int i = 0; i < count; i++) {
            if (buttons[i].name().equals(button)) {
                return buttons[i].isPressed();
            }
        }
        throw new IllegalArgumentException("no button " + button);
    }
}
