package dev.gpioint.drivers.touch;

import dev.gpioint.driver.ResourceLayout;
import dev.gpioint.driver.ResourceSlot;
import dev.gpioint.driver.SlotKind;
import dev.gpioint.wdf.KmdfDeviceCallbacks;
import dev.gpioint.wdf.KmdfDriver;
import dev.gpioint.wdf.WdfDevice;
import java.util.List;
import java.util.Optional;

/** HID-over-I2C touch ({@code PNP0C50}): an I2cSerialBusV2 and a Level ActiveLow GpioInt. */
public final class HidI2cTouchDriver implements KmdfDriver {
    public static final String HARDWARE_ID = "PNP0C50";

    @Override
    public String name() {
        return "hid-i2c-touch";
    }

    @Override
    public List<String> hardwareIds() {
        return List.of(HARDWARE_ID);
    }

    @Override
    public Optional<ResourceLayout> expectedLayout() {
        // The protocol asks for Level ActiveLow, but Windows' HIDI2C.sys connects whatever trigger the firmware gives
        // (laptops ship with Edge ActiveLow keyboards); `check` warns about the others.
        return Optional.of(ResourceLayout.of(ResourceSlot.of("i2c", SlotKind.I2C), ResourceSlot.anyInterrupt("attention")));
    }

    @Override
    public KmdfDeviceCallbacks deviceAdd(WdfDevice device) {
        return new HidI2cTouchDevice();
    }
}
