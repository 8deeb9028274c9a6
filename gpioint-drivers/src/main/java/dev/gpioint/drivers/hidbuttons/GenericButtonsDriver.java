package dev.gpioint.drivers.hidbuttons;

import dev.gpioint.wdf.KmdfDeviceCallbacks;
import dev.gpioint.wdf.KmdfDriver;
import dev.gpioint.wdf.WdfDevice;
import java.util.List;

/**
 * The inbox class driver for buttons wired to GPIO pins that Windows binds by compatible ID: the Generic Buttons
 * device {@code ACPI0011} (each GpioInt is a HID usage its {@code _DSD} names) and the ACPI power button
 * {@code PNP0C0C} (its one interrupt is the power button).
 */
public final class GenericButtonsDriver implements KmdfDriver {
    public static final String GENERIC_BUTTONS_ID = "ACPI0011";
    public static final String POWER_BUTTON_ID = "PNP0C0C";

    @Override
    public String name() {
        return "hid-buttons";
    }

    @Override
    public List<String> hardwareIds() {
        return List.of(GENERIC_BUTTONS_ID, POWER_BUTTON_ID);
    }

    @Override
    public KmdfDeviceCallbacks deviceAdd(WdfDevice device) {
        return new GenericButtonsDevice();
    }
}
