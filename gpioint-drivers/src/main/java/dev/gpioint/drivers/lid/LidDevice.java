package dev.gpioint.drivers.lid;

import dev.gpioint.driver.DevicePowerState;
import dev.gpioint.resource.ResourceList;
import dev.gpioint.status.NtStatus;
import dev.gpioint.status.NtStatusException;
import dev.gpioint.wdf.KmdfDeviceCallbacks;
import dev.gpioint.wdf.WdfDevice;
import dev.gpioint.wdf.WdfInterrupt;
import dev.gpioint.wdf.WdfInterruptConfig;
import dev.gpioint.wdf.WdfWorkItem;
import java.util.Optional;

/**
 * One lid. Most lids have no resources: the platform's GPIO event handler ({@code _EVT}) updates the state and
 * notifies the lid ({@code Notify (LID, 0x80)}, ACPI 6.5 section 9.4), and the driver reads {@code _LID} (0 closed,
 * non-zero open). The driver reads the state when the device enters D0, after each 0x80 notification (its
 * callback runs at DISPATCH_LEVEL, so it queues a work item: {@code _LID} runs at PASSIVE) and, for a lid with
 * interrupt resources, in a work item after each interrupt. Each read is reported to the machine's log.
 */
final class LidDevice implements KmdfDeviceCallbacks {
    /** ACPI's lid notification: the lid's status changed. */
    static final int STATUS_CHANGE = 0x80;

    private WdfDevice device;
    private WdfWorkItem readAfterNotify;

    @Override
    public void prepareHardware(WdfDevice wdfDevice, ResourceList raw, ResourceList translated) {
        device = wdfDevice;
        for (int i = 0; i < translated.size(); i++) {
            if (translated.get(i).isInterrupt()) {
                wdfDevice.createInterrupt(WdfInterruptConfig.init(this::isr, null).workItem(this::workItem).passiveHandling(true)
                        .interruptRaw(raw.get(i)).interruptTranslated(translated.get(i)));
            }
        }
        readAfterNotify = wdfDevice.createWorkItem(item -> device.report(state()));
        try {
            wdfDevice.registerForDeviceNotifications(this::onNotification);
        } catch (NtStatusException e) {
            if (e.status() != NtStatus.NOT_SUPPORTED) {
                throw e;
            }
            // Firmware that is not ACPI raises no notifications: the lid is read at D0 and on its interrupts.
        }
    }

    @Override
    public void releaseHardware(WdfDevice wdfDevice, ResourceList translated) {
        wdfDevice.unregisterForDeviceNotifications();
    }

    /** DISPATCH_LEVEL: a status change is read at PASSIVE; other codes mean nothing to a lid. */
    private void onNotification(WdfDevice wdfDevice, int code) {
        if (code == STATUS_CHANGE) {
            readAfterNotify.enqueue();
        }
    }

    @Override
    public void d0Entry(WdfDevice wdfDevice, DevicePowerState previous) {
        wdfDevice.report(state());
    }

    private boolean isr(WdfInterrupt interrupt, int messageId) {
        interrupt.queueWorkItemForIsr();
        return true;
    }

    private void workItem(WdfInterrupt interrupt) {
        device.report(state());
    }

    /** "lid open", "lid closed", or why the state could not be read; a lid whose _LID fails still works. */
    private String state() {
        try {
            Optional<Object> value = device.evaluateMethod("_LID");
            if (value.isPresent() && value.get() instanceof Long lid) {
                return lid == 0 ? "lid closed (_LID = 0)" : "lid open (_LID = " + lid + ")";
            }
            return "lid state unknown: _LID returned " + value.map(Object::toString).orElse("nothing");
        } catch (NtStatusException e) {
            return "lid state unknown: " + e.getMessage();
        }
    }
}
