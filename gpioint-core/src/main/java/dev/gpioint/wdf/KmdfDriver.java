package dev.gpioint.wdf;

import dev.gpioint.driver.Driver;

/**
 * A KMDF-style driver. For each device it serves, {@link #deviceAdd} ({@code EvtDriverDeviceAdd}) is called
 * once at PASSIVE_LEVEL and returns the callbacks object that receives that device's PnP and power events.
 * Interrupts may be created in {@code deviceAdd} (without resources: they are bound to interrupt resources in
 * creation order) or in {@link KmdfDeviceCallbacks#prepareHardware} (with the descriptors at the same index of
 * the raw and translated lists).
 */
public interface KmdfDriver extends Driver {
    /** Sets up a new device; throw {@link dev.gpioint.status.NtStatusException} to refuse it. */
    KmdfDeviceCallbacks deviceAdd(WdfDevice device);
}
