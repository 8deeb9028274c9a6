package dev.gpioint.wdf;

/**
 * A driver's handler for the ACPI notifications of its device ({@code PDEVICE_NOTIFY_CALLBACK2}, registered with
 * {@link WdfDevice#registerForDeviceNotifications}). Called at DISPATCH_LEVEL, one notification at a time, in
 * the order the firmware raised them, after the firmware method that raised them has returned. Evaluating a
 * method ({@code _LID}, say) needs PASSIVE_LEVEL: queue a {@link WdfWorkItem} for it.
 */
@FunctionalInterface
public interface DeviceNotificationCallback {
    /**
     * The firmware executed {@code Notify (device, code)}. {@code code} is 0x04..0x7F (defined by ACPI) or
     * 0x80..0xFF (device-specific: a lid's 0x80 says its state changed); bus check, device check, device wake and
     * eject request (0x00..0x03) are the ACPI driver's and the PnP manager's, and never reach a driver.
     */
    void onNotification(WdfDevice device, int code);
}
