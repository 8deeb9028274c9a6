package dev.gpioint.drivers.touch;

import dev.gpioint.resource.ConnectionType;
import dev.gpioint.resource.ResourceData;
import dev.gpioint.resource.ResourceList;
import dev.gpioint.spb.SpbTarget;
import dev.gpioint.status.NtStatus;
import dev.gpioint.status.NtStatusException;
import dev.gpioint.wdf.KmdfDeviceCallbacks;
import dev.gpioint.wdf.WdfDevice;
import dev.gpioint.wdf.WdfInterrupt;
import dev.gpioint.wdf.WdfInterruptConfig;

/**
 * One HID-over-I2C touch controller. Its interrupt is a Level ActiveLow GpioInt and its registers are reachable
 * only over I2C, so its ISR is passive: it reads one input report (which releases the line when it was the
 * last), keeps the contact in a ring and queues a work item that reports it. The line being level, a device
 * with more reports keeps interrupting until they are all read.
 */
public final class HidI2cTouchDevice implements KmdfDeviceCallbacks {
    private static final int RING = 64;

    private SpbTarget target;
    private byte[] report;
    private final byte[] descriptorRegister = {0x01, 0x00};
    private final byte[] descriptor = new byte[30];
    private final int[] xs = new int[RING];
    private final int[] ys = new int[RING];
    private final boolean[] tips = new boolean[RING];
    private volatile int head;
    private volatile int tail;
    private volatile long contacts;

    @Override
    public void prepareHardware(WdfDevice device, ResourceList raw, ResourceList translated) {
        long connection = -1;
        int interrupt = -1;
        for (int i = 0; i < translated.size(); i++) {
            if (translated.get(i).data() instanceof ResourceData.ConnectionData c && c.type() == ConnectionType.SERIAL_I2C && connection < 0) {
                connection = c.id();
            } else if (translated.get(i).isInterrupt() && interrupt < 0) {
                interrupt = i;
            }
        }
        if (connection < 0 || interrupt < 0) {
            throw new NtStatusException(NtStatus.DEVICE_CONFIGURATION_ERROR, "HID over I2C needs an I2C connection and an interrupt");
        }
        target = device.openSpbConnection(connection);
        target.writeRead(descriptorRegister, 0, 2, descriptor, 0, descriptor.length);
        int maxInput = (descriptor[10] & 0xFF) | (descriptor[11] & 0xFF) << 8;
        report = new byte[Math.max(maxInput, 8)];
        device.createInterrupt(WdfInterruptConfig.init(this::isr, null).workItem(this::workItem).passiveHandling(true)
                .interruptRaw(raw.get(interrupt)).interruptTranslated(translated.get(interrupt)));
    }

    @Override
    public void releaseHardware(WdfDevice device, ResourceList translated) {
        if (target != null) {
            target.close();
            target = null;
        }
    }

    private boolean isr(WdfInterrupt interrupt, int messageId) {
        target.read(report, 0, report.length);
        int length = (report[0] & 0xFF) | (report[1] & 0xFF) << 8;
        if (length == 0) {
            return false; // nothing to report: not this device's interrupt
        }
        int at = head;
        if (at - tail < RING) {
            tips[at % RING] = (report[3] & 1) != 0;
            xs[at % RING] = (report[4] & 0xFF) | (report[5] & 0xFF) << 8;
            ys[at % RING] = (report[6] & 0xFF) | (report[7] & 0xFF) << 8;
            head = at + 1;
        }
        interrupt.queueWorkItemForIsr();
        return true;
    }

    private void workItem(WdfInterrupt interrupt) {
        while (tail != head) {
            int at = tail;
            interrupt.device().report(String.format("touch %s at (%d, %d)", tips[at % RING] ? "down" : "up", xs[at % RING], ys[at % RING]));
            contacts++;
            tail = at + 1;
        }
    }

    /** Contacts reported so far. */
    public long contacts() {
        return contacts;
    }
}
