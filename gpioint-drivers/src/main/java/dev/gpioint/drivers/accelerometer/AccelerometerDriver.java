package dev.gpioint.drivers.accelerometer;

import dev.gpioint.driver.ResourceLayout;
import dev.gpioint.driver.ResourceSlot;
import dev.gpioint.driver.SlotKind;
import dev.gpioint.firmware.InterruptMode;
import dev.gpioint.firmware.Polarity;
import dev.gpioint.wdf.KmdfDeviceCallbacks;
import dev.gpioint.wdf.KmdfDriver;
import dev.gpioint.wdf.WdfDevice;
import java.util.List;
import java.util.Optional;

/** The I2C accelerometer ({@code SMAC0001}): [I2C, data-ready Level ActiveHigh, activity Edge ActiveLow]. */
public final class AccelerometerDriver implements KmdfDriver {
    public static final String HARDWARE_ID = "SMAC0001";

    @Override
    public String name() {
        return "accelerometer";
    }

    @Override
    public List<String> hardwareIds() {
        return List.of(HARDWARE_ID);
    }

    @Override
    public Optional<ResourceLayout> expectedLayout() {
        return Optional.of(ResourceLayout.of(ResourceSlot.of("i2c", SlotKind.I2C),
                ResourceSlot.interrupt("data-ready", InterruptMode.LEVEL, Polarity.ACTIVE_HIGH),
                ResourceSlot.interrupt("activity", InterruptMode.EDGE, Polarity.ACTIVE_LOW)));
    }

    @Override
    public KmdfDeviceCallbacks deviceAdd(WdfDevice device) {
        return new AccelerometerDevice();
    }
}
