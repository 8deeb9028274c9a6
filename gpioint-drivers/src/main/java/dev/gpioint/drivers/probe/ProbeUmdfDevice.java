package dev.gpioint.drivers.probe;

import dev.gpioint.resource.InterruptFlags;
import dev.gpioint.resource.ResourceList;
import dev.gpioint.status.NtStatus;
import dev.gpioint.status.NtStatusException;
import dev.gpioint.wudf.UmdfDeviceCallbacks;
import dev.gpioint.wudf.WudfDevice;
import dev.gpioint.wudf.WudfInterruptConfig;

/**
 * One probe device (UMDF): one interrupt per interrupt resource, in firmware order, each ISR claiming and
 * queuing its work item. Level resources are refused at prepare-hardware: without register access the driver
 * could not silence the line.
 */
public final class ProbeUmdfDevice implements UmdfDeviceCallbacks, ProbeDevice {
    private ProbeLog log;

    @Override
    public ProbeLog log() {
        return log;
    }

    @Override
    public void onPrepareHardware(WudfDevice device, ResourceList raw, ResourceList translated) {
        int interrupts = 0;
        for (var descriptor : translated) {
            if (descriptor.isInterrupt()) {
                if ((descriptor.flags() & InterruptFlags.LATCHED) == 0) {
                    throw new NtStatusException(NtStatus.DEVICE_CONFIGURATION_ERROR, device.path()
                            + ": the UMDF probe handles edge interrupts only");
                }
                interrupts++;
            }
        }
        if (log == null || log.interrupts() != interrupts) {
            log = new ProbeLog(interrupts, ProbeProperties.DEFAULT_EVENTS);
        }
        int index = 0;
        for (int i = 0; i < translated.size(); i++) {
            if (!translated.get(i).isInterrupt()) {
                continue;
            }
            int output = index++;
            device.createInterrupt(WudfInterruptConfig.init((interrupt, messageId) -> {
                log.isr(output, true, device.nanoTime());
                interrupt.queueWorkItemForIsr();
                return true;
            }, interrupt -> log.deferred(output, device.nanoTime()))
                    .interruptRaw(raw.get(i)).interruptTranslated(translated.get(i)));
        }
    }
}
