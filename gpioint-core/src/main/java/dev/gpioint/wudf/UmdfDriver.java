package dev.gpioint.wudf;

import dev.gpioint.driver.Driver;

/**
 * A UMDF-style driver ({@code IDriverEntry}). {@link #onDeviceAdd} is called once per device it serves and
 * returns that device's callbacks. Interrupts may be created in {@code onDeviceAdd} or in
 * {@link UmdfDeviceCallbacks#onPrepareHardware}; their ISRs always run at PASSIVE_LEVEL.
 */
public interface UmdfDriver extends Driver {
    UmdfDeviceCallbacks onDeviceAdd(WudfDevice device);

    /**
     * Whether the INF grants {@code UmdfDirectHardwareAccess=AllowDirectHardwareAccess}. Without it a device
     * may create interrupts only if it has a connection resource.
     */
    default boolean directHardwareAccess() {
        return true;
    }
}
