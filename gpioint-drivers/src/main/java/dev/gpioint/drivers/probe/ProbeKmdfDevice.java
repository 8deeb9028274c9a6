package dev.gpioint.drivers.probe;

import dev.gpioint.kernel.RegisterWindow;
import dev.gpioint.resource.InterruptFlags;
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
 * One probe device (KMDF): it maps the probe's registers and creates one interrupt per interrupt resource, in
 * firmware order. A level interrupt's ISR claims only when its output has a pending request, and acknowledges
 * one (as a driver on a shared level line must); an edge interrupt's ISR always claims and checks the edge's
 * sequence number. Each claimed call queues the DPC (DIRQL) or work item (passive). Everything is recorded in
 * the {@link ProbeLog}; the ISR allocates nothing. A fault can be injected from {@code _DSD} (see
 * {@code ProbeProperties}): the ISR or deferred routine of the first interrupt throws on its N-th call.
 */
public final class ProbeKmdfDevice implements KmdfDeviceCallbacks, ProbeDevice {
    private final boolean passive;
    private RegisterWindow registers;
    private ProbeLog log;
    private WdfDevice device;
    private long[] fault = {0, 0};
    private long firstIsrCalls;
    private long firstDeferredCalls;

    ProbeKmdfDevice(boolean passive) {
        this.passive = passive;
    }

    @Override
    public ProbeLog log() {
        return log;
    }

    @Override
    public void prepareHardware(WdfDevice wdfDevice, ResourceList raw, ResourceList translated) {
        device = wdfDevice;
        int interrupts = 0;
        for (ResourceDescriptor descriptor : translated) {
            if (descriptor.type() == ResourceType.MEMORY && registers == null) {
                registers = wdfDevice.mapIoSpace(descriptor);
            } else if (descriptor.isInterrupt()) {
                interrupts++;
            }
        }
        if (registers == null) {
            throw new NtStatusException(NtStatus.DEVICE_CONFIGURATION_ERROR, wdfDevice.path() + ": the probe needs a memory range");
        }
        int capacity;
        try {
            capacity = ProbeProperties.events(wdfDevice.properties());
            fault = ProbeProperties.fault(wdfDevice.properties());
        } catch (IllegalArgumentException e) {
            throw new NtStatusException(NtStatus.DEVICE_CONFIGURATION_ERROR, wdfDevice.path() + ": " + e.getMessage());
        }
        if (log == null || log.interrupts() != interrupts) {
            log = new ProbeLog(interrupts, capacity); // kept across restarts, so a test sees the whole run
        }
        int index = 0;
        for (int i = 0; i < translated.size(); i++) {
            if (!translated.get(i).isInterrupt()) {
                continue;
            }
            int output = index++;
            boolean level = (translated.get(i).flags() & InterruptFlags.LATCHED) == 0;
            var config = WdfInterruptConfig.init((interrupt, messageId) -> isr(interrupt, output, level), null)
                    .passiveHandling(passive).interruptRaw(raw.get(i)).interruptTranslated(translated.get(i));
            if (passive) {
                config.workItem(interrupt -> deferred(output));
            } else {
                config.dpc(interrupt -> deferred(output));
            }
            wdfDevice.createInterrupt(config);
        }
    }

    private void deferred(int output) {
        log.deferred(output, device.nanoTime());
        if (output == 0 && fault[0] == 2 && ++firstDeferredCalls == fault[1]) {
            throw new IllegalStateException("injected fault: deferred call " + fault[1] + " of interrupt 0");
        }
    }

    private boolean isr(WdfInterrupt interrupt, int output, boolean level) {
        if (output == 0 && fault[0] == 1 && ++firstIsrCalls == fault[1]) {
            throw new IllegalStateException("injected fault: ISR call " + fault[1] + " of interrupt 0");
        }
        long base = (long) output * 0x10;
        boolean claimed;
        if (level) {
            int pending = registers.read32(base);
            claimed = pending > 0; // all ones (-1): the device is gone, not ours
            if (claimed) {
                registers.write32(base + 0x4, 1);
            }
        } else {
            int sequence = registers.read32(base + 0x8);
            claimed = sequence != -1; // all ones: the device was pulled out; nothing to acknowledge
            if (claimed) {
                log.sequence(output, sequence);
            }
        }
        log.isr(output, claimed, device.nanoTime());
        if (claimed) {
            if (passive) {
                interrupt.queueWorkItemForIsr();
            } else {
                interrupt.queueDpcForIsr();
            }
        }
        return claimed;
    }
}
