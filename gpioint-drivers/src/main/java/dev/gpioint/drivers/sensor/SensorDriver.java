package dev.gpioint.drivers.sensor;

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

/**
 * KMDF-style driver for the two-interrupt sensor ({@code _HID} {@value #HARDWARE_ID}). It declares the layout
 * it relies on, [registers, data-ready (level, active high), activity (edge, active low)], so a board that lists
 * the interrupts in another order fails to start instead of binding the wrong ISR to each line.
 */
public final class SensorDriver implements KmdfDriver {
    public static final String HARDWARE_ID = "SMSN0001";
    /** The layout the driver expects. */
    public static final ResourceLayout LAYOUT = ResourceLayout.of(
            ResourceSlot.of("registers", SlotKind.MEMORY),
            ResourceSlot.interrupt("data-ready", InterruptMode.LEVEL, Polarity.ACTIVE_HIGH),
            ResourceSlot.interrupt("activity", InterruptMode.EDGE, Polarity.ACTIVE_LOW));

    private final boolean declareLayout;

    /** The driver as registered: it declares its layout. */
    public SensorDriver() {
        this(true);
    }

    /** {@code declareLayout} false: takes resources in whatever order firmware gives (to show what goes wrong). */
    public SensorDriver(boolean declareLayout) {
        this.declareLayout = declareLayout;
    }

    @Override
    public String name() {
        return declareLayout ? "sensor" : "sensor-unchecked";
    }

    @Override
    public List<String> hardwareIds() {
        return List.of(HARDWARE_ID);
    }

    @Override
    public Optional<ResourceLayout> expectedLayout() {
        return declareLayout ? Optional.of(LAYOUT) : Optional.empty();
    }

    @Override
    public KmdfDeviceCallbacks deviceAdd(WdfDevice device) {
        return new SensorDevice();
    }
}
