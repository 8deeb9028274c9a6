package dev.gpioint.wudf;

import dev.gpioint.driver.DevicePowerState;
import dev.gpioint.resource.ResourceList;

/**
 * {@code IPnpCallbackHardware2} and {@code IPnpCallbackHardwareInterrupt}, all at PASSIVE_LEVEL: onPrepareHardware,
 * onD0Entry, (interrupts enabled), onD0EntryPostInterruptsEnabled; onD0ExitPreInterruptsDisabled, (interrupts
 * disabled), onD0Exit, onReleaseHardware. If onPrepareHardware fails, onReleaseHardware is still called.
 */
public interface UmdfDeviceCallbacks {
    default void onPrepareHardware(WudfDevice device, ResourceList raw, ResourceList translated) {
    }

    default void onReleaseHardware(WudfDevice device, ResourceList translated) {
    }

    default void onD0Entry(WudfDevice device, DevicePowerState previous) {
    }

    default void onD0EntryPostInterruptsEnabled(WudfDevice device, DevicePowerState previous) {
    }

    default void onD0ExitPreInterruptsDisabled(WudfDevice device, DevicePowerState target) {
    }

    default void onD0Exit(WudfDevice device, DevicePowerState target) {
    }
}
