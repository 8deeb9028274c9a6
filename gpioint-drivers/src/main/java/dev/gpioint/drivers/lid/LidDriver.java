package dev.gpioint.drivers.lid;

import dev.gpioint.wdf.KmdfDeviceCallbacks;
import dev.gpioint.wdf.KmdfDriver;
import dev.gpioint.wdf.WdfDevice;
import java.util.List;

/**
 * The inbox class driver for the ACPI lid ({@code PNP0C0D}): it reads the lid's state with {@code _LID} when the
 * device starts, each time the firmware notifies the lid of a status change ({@code Notify (LID, 0x80)}) and, for
 * a lid wired to GPIO pins (an interrupt resource), each time one of them fires. ({@link LidDevice})
 */
public final class LidDriver implements KmdfDriver {
    public static final String HARDWARE_ID = "PNP0C0D";

    @Override
    public String name() {
        return "lid";
    }

    @Override
    public List<String> hardwareIds() {
        return List.of(HARDWARE_ID);
    }

    @Override
    public KmdfDeviceCallbacks deviceAdd(WdfDevice device) {
        return new LidDevice();
    }
}
