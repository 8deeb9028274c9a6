package dev.gpioint.drivers.accelerometer;

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
 * One I2C accelerometer with a data-ready and an activity interrupt, in that firmware order. Both ISRs are
 * passive (the registers are behind I2C): data-ready reads the sample and acknowledges it, which drops the
 * level; activity acknowledges its latch. Work items report what happened.
 */
public final class AccelerometerDevice implements KmdfDeviceCallbacks {
    private static final int STATUS = 0x00;
    private static final int ACK = 0x01;
    private static final int X = 0x02;

    private SpbTarget target;
    private final byte[] pointer = new byte[1];
    private final byte[] ack = new byte[2];
    private final byte[] status = new byte[1];
    private final byte[] sample = new byte[6];
    private volatile int x;
    private volatile int y;
    private volatile int z;
    private volatile long samples;
    private volatile long shakes;

    @Override
    public void prepareHardware(WdfDevice device, ResourceList raw, ResourceList translated) {
        long connection = -1;
        int[] interrupts = new int[2];
        int found = 0;
        for (int i = 0; i < translated.size(); i++) {
            if (translated.get(i).data() instanceof ResourceData.ConnectionData c && c.type() == ConnectionType.SERIAL_I2C && connection < 0) {
                connection = c.id();
            } else if (translated.get(i).isInterrupt() && found < 2) {
                interrupts[found++] = i;
            }
        }
        if (connection < 0 || found < 2) {
            throw new NtStatusException(NtStatus.DEVICE_CONFIGURATION_ERROR, "the accelerometer needs an I2C connection and two interrupts");
        }
        target = device.openSpbConnection(connection);
        device.createInterrupt(WdfInterruptConfig.init(this::dataReadyIsr, null).workItem(this::reportSample).passiveHandling(true)
                .interruptRaw(raw.get(interrupts[0])).interruptTranslated(translated.get(interrupts[0])));
        device.createInterrupt(WdfInterruptConfig.init(this::activityIsr, null).workItem(this::reportShake).passiveHandling(true)
                .interruptRaw(raw.get(interrupts[1])).interruptTranslated(translated.get(interrupts[1])));
    }

    @Override
    public void releaseHardware(WdfDevice device, ResourceList translated) {
        if (target != null) {
            target.close();
            target = null;
        }
    }

    private int readStatus() {
        pointer[0] = STATUS;
        target.writeRead(pointer, 0, 1, status, 0, 1);
        return status[0];
    }

    private void acknowledge(int bits) {
        ack[0] = ACK;
        ack[1] = (byte) bits;
        target.write(ack, 0, 2);
    }

    private boolean dataReadyIsr(WdfInterrupt interrupt, int messageId) {
        if ((readStatus() & 0x1) == 0) {
            return false;
        }
        pointer[0] = X;
        target.writeRead(pointer, 0, 1, sample, 0, 6);
        x = (short) ((sample[0] & 0xFF) | sample[1] << 8);
        y = (short) ((sample[2] & 0xFF) | sample[3] << 8);
        z = (short) ((sample[4] & 0xFF) | sample[5] << 8);
        acknowledge(0x1);
        interrupt.queueWorkItemForIsr();
        return true;
    }

    private boolean activityIsr(WdfInterrupt interrupt, int messageId) {
        if ((readStatus() & 0x2) == 0) {
            return false;
        }
        acknowledge(0x2);
        interrupt.queueWorkItemForIsr();
        return true;
    }

    private void reportSample(WdfInterrupt interrupt) {
        samples++;
        interrupt.device().report("acceleration (" + x + ", " + y + ", " + z + ")");
    }

    private void reportShake(WdfInterrupt interrupt) {
        shakes++;
        interrupt.device().report("shake");
    }

    public long samples() {
        return samples;
    }

    public long shakes() {
        return shakes;
    }
}
