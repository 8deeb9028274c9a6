package dev.gpioint.wdf;

import dev.gpioint.driver.DevicePowerState;
import dev.gpioint.resource.ResourceList;

/**
 * A device's PnP and power callbacks, all at PASSIVE_LEVEL, in this order on the way up: prepareHardware,
 * d0Entry, (interrupts connected and enabled in creation order), d0EntryPostInterruptsEnabled; and on the way
 * down: d0ExitPreInterruptsDisabled, (interrupts disabled and disconnected in reverse order, their DPCs and
 * work items flushed), d0Exit, releaseHardware. Every method has an empty default. Throwing
 * {@link dev.gpioint.status.NtStatusException} (or anything else) fails the device.
 */
public interface KmdfDeviceCallbacks {
    /** {@code EvtDevicePrepareHardware}: the raw and translated resources, same order, firmware order. */
    default void prepareHardware(WdfDevice device, ResourceList raw, ResourceList translated) {
    }

    /** {@code EvtDeviceReleaseHardware}. */
    default void releaseHardware(WdfDevice device, ResourceList translated) {
    }

    /** {@code EvtDeviceD0Entry}: the device enters D0 from {@code previous}; interrupts are not yet connected. */
    default void d0Entry(WdfDevice device, DevicePowerState previous) {
    }

    /** {@code EvtDeviceD0EntryPostInterruptsEnabled}. */
    default void d0EntryPostInterruptsEnabled(WdfDevice device, DevicePowerState previous) {
    }

    /** {@code EvtDeviceD0ExitPreInterruptsDisabled}. */
    default void d0ExitPreInterruptsDisabled(WdfDevice device, DevicePowerState target) {
    }

    /** {@code EvtDeviceD0Exit}: interrupts are already disconnected. */
    default void d0Exit(WdfDevice device, DevicePowerState target) {
    }
}
