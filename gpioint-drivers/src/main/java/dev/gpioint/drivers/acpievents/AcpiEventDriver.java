package dev.gpioint.drivers.acpievents;

import dev.gpioint.wdf.KmdfDeviceCallbacks;
import dev.gpioint.wdf.KmdfDriver;
import dev.gpioint.wdf.WdfDevice;
import java.util.List;

/**
 * Firmware-signaled events, the part of ACPI.sys that runs AML when a pin or line fires: the GPIO-signaled
 * events of a GPIO controller's {@code _AEI} (gpioint lists them as a device of their own, hardware ID
 * {@code ACPI_AEI}) and the Generic Event Device ({@code ACPI0013}), whose {@code _CRS} lists interrupts.
 */
public final class AcpiEventDriver implements KmdfDriver {
    /** gpioint's ID for the events of a controller's {@code _AEI}. */
    public static final String GPIO_EVENTS_ID = "ACPI_AEI";
    /** The Generic Event Device (ACPI 6.5 section 5.6.9). */
    public static final String GENERIC_EVENT_DEVICE_ID = "ACPI0013";

    @Override
    public String name() {
        return "acpi-events";
    }

    @Override
    public List<String> hardwareIds() {
        return List.of(GPIO_EVENTS_ID, GENERIC_EVENT_DEVICE_ID);
    }

    @Override
    public KmdfDeviceCallbacks deviceAdd(WdfDevice device) {
        return new AcpiEventDevice();
    }
}
