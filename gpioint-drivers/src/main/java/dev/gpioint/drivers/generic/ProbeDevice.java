package dev.gpioint.drivers.generic;

import dev.gpioint.resource.InterruptFlags;
import dev.gpioint.resource.ResourceDescriptor;
import dev.gpioint.resource.ResourceList;
import dev.gpioint.wdf.KmdfDeviceCallbacks;
import dev.gpioint.wdf.WdfDevice;
import dev.gpioint.wdf.WdfInterrupt;
import dev.gpioint.wdf.WdfInterruptConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * One probed device: an interrupt object for every interrupt resource, in firmware order. The probe knows nothing
 * of the device, so it cannot quiet it: each ISR claims its interrupt and counts it, and the deferred routine
 * reports it once with a message built when the device was prepared (the interrupt path allocates nothing).
 * GPIO pins are handled at PASSIVE (a work item reports), which works on every controller, memory-mapped or not;
 * primary lines at DIRQL (a DPC reports). Its serial-bus connections are opened and reported
 * ({@link ProbeConnections}).
 */
final class ProbeDevice implements KmdfDeviceCallbacks {
    private final List<Probe> probes = new ArrayList<>();
    private final ProbeConnections connections = new ProbeConnections();

    @Override
    public void prepareHardware(WdfDevice device, ResourceList raw, ResourceList translated) {
        probes.clear();
        connections.open(device, translated);
        int number = 0;
        for (int i = 0; i < translated.size(); i++) {
            ResourceDescriptor descriptor = translated.get(i);
            if (!descriptor.isInterrupt()) {
                continue;
            }
            boolean gpio = (descriptor.flags() & InterruptFlags.SECONDARY_INTERRUPT) != 0;
            var probe = new Probe(gpio, "interrupt " + number + " (resource #" + (i + 1) + ", "
                    + (gpio ? "GPIO pin" : "GSIV " + raw.get(i).asInterrupt().vector()) + ") fired");
            number++;
            var config = gpio
                    ? WdfInterruptConfig.init(probe::isr, null).workItem(probe::workItem).passiveHandling(true)
                    : WdfInterruptConfig.init(probe::isr, probe::dpc);
            probe.interrupt = device.createInterrupt(config.interruptRaw(raw.get(i)).interruptTranslated(translated.get(i)));
            probes.add(probe);
        }
    }

    @Override
    public void releaseHardware(WdfDevice device, ResourceList translated) {
        connections.close();
    }

    /** The open I2C and SPI connections, in firmware order. */
    public List<dev.gpioint.spb.SpbTarget> spbTargets() {
        return connections.spbTargets();
    }

    /** The open serial ports, in firmware order. */
    public List<dev.gpioint.serial.SerialTarget> serialTargets() {
        return connections.serialTargets();
    }

    /** Interrupts connected. */
    public int interrupts() {
        return probes.size();
    }

    /** How many times interrupt {@code index} (in firmware order) fired. */
    public long fired(int index) {
        return probes.get(index).fired;
    }

    private static final class Probe {
        final boolean passive;
        final String message;
        WdfInterrupt interrupt;
        volatile long fired;
        volatile long reported;

        Probe(boolean passive, String message) {
            this.passive = passive;
            this.message = message;
        }

        boolean isr(WdfInterrupt wdfInterrupt, int messageId) {
            fired++;
            if (passive) {
                wdfInterrupt.queueWorkItemForIsr();
            } else {
                wdfInterrupt.queueDpcForIsr();
            }
            return true;
        }

        void dpc(WdfInterrupt wdfInterrupt) {
            report(wdfInterrupt);
        }

        void workItem(WdfInterrupt wdfInterrupt) {
            report(wdfInterrupt);
        }

        private void report(WdfInterrupt wdfInterrupt) {
            long now = fired;
            if (now != reported) {
                reported = now;
                wdfInterrupt.device().report(message);
            }
        }
    }
}
