package dev.gpioint.drivers.sensor;

import dev.gpioint.kernel.RegisterWindow;
import dev.gpioint.resource.ResourceDescriptor;
import dev.gpioint.resource.ResourceList;
import dev.gpioint.resource.ResourceType;
import dev.gpioint.status.NtStatus;
import dev.gpioint.status.NtStatusException;
import dev.gpioint.wdf.KmdfDeviceCallbacks;
import dev.gpioint.wdf.WdfDevice;
import dev.gpioint.wdf.WdfInterrupt;
import dev.gpioint.wdf.WdfInterruptConfig;

/**
 * One sensor's driver state. In prepare-hardware it maps the registers and creates its two interrupts from
 * the interrupt descriptors in firmware order: the first is data-ready (a level the ISR silences by reading the
 * sample and acknowledging), the second is activity (an edge). Each ISR checks its status bit, acknowledges it
 * and queues its DPC, which reports what happened. It never learns whether a GPIO pin or an interrupt line
 * raised the interrupt.
 */
public final class SensorDevice implements KmdfDeviceCallbacks {
    private static final int STATUS = 0x00;
    private static final int ACK = 0x04;
    private static final int DATA = 0x08;
    private static final int DATA_READY = 0x1;
    private static final int ACTIVITY = 0x2;

    private RegisterWindow registers;
    private WdfInterrupt dataReady;
    private WdfInterrupt activity;
    private volatile int lastSample;
    private volatile long samples;
    private volatile long activities;
    private volatile long dataReadyIsrCalls;
    private volatile long activityIsrCalls;

    @Override
    public void prepareHardware(WdfDevice device, ResourceList raw, ResourceList translated) {
        int[] interruptIndexes = new int[2];
        int found = 0;
        for (int i = 0; i < translated.size(); i++) {
            ResourceDescriptor descriptor = translated.get(i);
            if (descriptor.type() == ResourceType.MEMORY && registers == null) {
                registers = device.mapIoSpace(descriptor);
            } else if (descriptor.isInterrupt() && found < 2) {
                interruptIndexes[found++] = i;
            }
        }
        if (registers == null || found < 2) {
            throw new NtStatusException(NtStatus.DEVICE_CONFIGURATION_ERROR,
                    "the sensor needs a memory range and two interrupts (data-ready, activity)");
        }
        int d = interruptIndexes[0];
        int a = interruptIndexes[1];
        dataReady = device.createInterrupt(WdfInterruptConfig.init(this::dataReadyIsr, this::dataReadyDpc)
                .interruptRaw(raw.get(d)).interruptTranslated(translated.get(d)));
        activity = device.createInterrupt(WdfInterruptConfig.init(this::activityIsr, this::activityDpc)
                .interruptRaw(raw.get(a)).interruptTranslated(translated.get(a)));
    }

    private boolean dataReadyIsr(WdfInterrupt interrupt, int messageId) {
        dataReadyIsrCalls++;
        if ((registers.read32(STATUS) & DATA_READY) == 0) {
            return false;
        }
        lastSample = registers.read32(DATA);
        registers.write32(ACK, DATA_READY);
        interrupt.queueDpcForIsr();
        return true;
    }

    private boolean activityIsr(WdfInterrupt interrupt, int messageId) {
        activityIsrCalls++;
        if ((registers.read32(STATUS) & ACTIVITY) == 0) {
            return false;
        }
        registers.write32(ACK, ACTIVITY);
        interrupt.queueDpcForIsr();
        return true;
    }

    private void dataReadyDpc(WdfInterrupt interrupt) {
        samples++;
        interrupt.device().report("data-ready: sample " + lastSample);
    }

    private void activityDpc(WdfInterrupt interrupt) {
        activities++;
        interrupt.device().report("activity");
    }

    /** Samples reported by the data-ready DPC. */
    public long samples() {
        return samples;
    }

    /** Activity events reported by the activity DPC. */
    public long activities() {
        return activities;
    }

    public int lastSample() {
        return lastSample;
    }

    /** Calls of the ISR the driver bound to its first interrupt resource. */
    public long dataReadyIsrCalls() {
        return dataReadyIsrCalls;
    }

    /** Calls of the ISR the driver bound to its second interrupt resource. */
    public long activityIsrCalls() {
        return activityIsrCalls;
    }

    /** The interrupt bound to the first interrupt resource. */
    public WdfInterrupt dataReadyInterrupt() {
        return dataReady;
    }

    /** The interrupt bound to the second interrupt resource. */
    public WdfInterrupt activityInterrupt() {
        return activity;
    }
}
