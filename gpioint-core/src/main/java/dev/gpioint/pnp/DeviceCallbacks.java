package dev.gpioint.pnp;

import dev.gpioint.driver.DevicePowerState;
import dev.gpioint.resource.ResourceList;
import dev.gpioint.wdf.KmdfDeviceCallbacks;
import dev.gpioint.wudf.UmdfDeviceCallbacks;

/** The PnP/power callbacks of a device, whichever driver model it uses. */
sealed interface DeviceCallbacks {
    void prepareHardware(ResourceList raw, ResourceList translated);

    void releaseHardware(ResourceList translated);

    void d0Entry(DevicePowerState previous);

    void d0EntryPostInterruptsEnabled(DevicePowerState previous);

    void d0ExitPreInterruptsDisabled(DevicePowerState target);

    void d0Exit(DevicePowerState target);

    /** The driver's own object, for tools that look inside (the GPIO class extension's controller). */
    Object target();

    record Kmdf(FxDevice device, KmdfDeviceCallbacks callbacks) implements DeviceCallbacks {
        public void prepareHardware(ResourceList raw, ResourceList translated) {
            callbacks.prepareHardware(device, raw, translated);
        }

        public void releaseHardware(ResourceList translated) {
            callbacks.releaseHardware(device, translated);
        }

        public void d0Entry(DevicePowerState previous) {
            callbacks.d0Entry(device, previous);
        }

        public void d0EntryPostInterruptsEnabled(DevicePowerState previous) {
            callbacks.d0EntryPostInterruptsEnabled(device, previous);
        }

        public void d0ExitPreInterruptsDisabled(DevicePowerState target) {
            callbacks.d0ExitPreInterruptsDisabled(device, target);
        }

        public void d0Exit(DevicePowerState target) {
            callbacks.d0Exit(device, target);
        }

        public Object target() {
            return callbacks;
        }
    }

    record Umdf(FxDevice device, UmdfDeviceCallbacks callbacks) implements DeviceCallbacks {
        public void prepareHardware(ResourceList raw, ResourceList translated) {
            callbacks.onPrepareHardware(device, raw, translated);
        }

        public void releaseHardware(ResourceList translated) {
            callbacks.onReleaseHardware(device, translated);
        }

        public void d0Entry(DevicePowerState previous) {
            callbacks.onD0Entry(device, previous);
        }

        public void d0EntryPostInterruptsEnabled(DevicePowerState previous) {
            callbacks.onD0EntryPostInterruptsEnabled(device, previous);
        }

        public void d0ExitPreInterruptsDisabled(DevicePowerState target) {
            callbacks.onD0ExitPreInterruptsDisabled(device, target);
        }

        public void d0Exit(DevicePowerState target) {
            callbacks.onD0Exit(device, target);
        }

        public Object target() {
            return callbacks;
        }
    }
}
