package dev.gpioint.drivers.lid;

import dev.gpioint.driver.DevicePowerState;
import dev.gpioint.resource.ResourceList;
import dev.gpioint.status.NtStatusException;
import dev.gpioint.wdf.KmdfDeviceCallbacks;
import dev.gpioint.wdf.WdfDevice;
import dev.gpioint.wdf.WdfInterrupt;
import dev.gpioint.wdf.WdfInterruptConfig;
import java.util.Optional;

/**
 * One lid. Most lids have no resources: the platform's GPIO event handler ({@code _EVT}) updates the state and
 * notifies the lid, and the driver reads {@code _LID} (0 closed, non-zero open). gpioint does not deliver
 * {@code Notify} to drivers yet, so the state is read when the device enters D0 and, for a lid with interrupt
 * resources, in a work item after each interrupt (passive: {@code _LID} runs at PASSIVE).
 */
final class LidDevice implements KmdfDeviceCallbacks {
    private WdfDevice device;

    @Override
    public void prepareHardware(WdfDevice wdfDevice, ResourceList raw, ResourceList translated) {
        device = wdfDevice;
        for (int i = 0; i < translated.size(); i++) {
            if (translated.get(i).isInterrupt()) {
                wdfDevice.createInterrupt(WdfInterruptConfig.init(this::isr, null).workItem(this::workItem).passiveHandling(true)
                        .interruptRaw(raw.get(i)).interruptTranslated(translated.get(i)));
            }
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
