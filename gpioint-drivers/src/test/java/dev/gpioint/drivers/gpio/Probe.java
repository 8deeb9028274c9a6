package dev.gpioint.drivers.gpio;

import dev.gpioint.driver.DevicePowerState;
import dev.gpioint.kernel.Irql;
import dev.gpioint.resource.ConnectionType;
import dev.gpioint.resource.ResourceData;
import dev.gpioint.resource.ResourceList;
import dev.gpioint.wdf.KmdfDeviceCallbacks;
import dev.gpioint.wdf.KmdfDriver;
import dev.gpioint.wdf.TriState;
import dev.gpioint.wdf.WdfDevice;
import dev.gpioint.wdf.WdfInterruptConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A peripheral driver for tests: one interrupt per interrupt descriptor, created in prepare-hardware, whose ISR
 * records "isr INDEX IRQL" and asks {@link #behaviour} whether to claim; connection IDs of GpioIo resources
 * are kept for the test. Options: passive ISRs, the first interrupt a wake interrupt, S0 idle settings,
 * ReportInactiveOnPowerDown.
 */
final class Probe implements KmdfDriver {
    /** What an ISR does: given the interrupt's index and how many times it ran, claim or not. */
    interface Behaviour {
        boolean isr(int index, int count);
    }

    final String hardwareId;
    boolean passive;
    boolean wakeFirst;
    Duration idleTimeout;
    boolean idleCanWake = true;
    TriState reportInactive = TriState.USE_DEFAULT;
    Behaviour behaviour = (index, count) -> true;
    final List<String> events = Collections.synchronizedList(new ArrayList<>());
    final List<Long> gpioIo = new ArrayList<>();
    final int[] counts = new int[8];
    WdfDevice device;

    Probe(String hardwareId) {
        this.hardwareId = hardwareId;
    }

    int count(int index) {
        return counts[index];
    }

    List<String> isrs() {
        synchronized (events) {
            return events.stream().filter(e -> e.startsWith("isr")).toList();
        }
    }

    @Override
    public String name() {
        return "probe " + hardwareId;
    }

    @Override
    public List<String> hardwareIds() {
        return List.of(hardwareId);
    }

    @Override
    public KmdfDeviceCallbacks deviceAdd(WdfDevice added) {
        device = added;
        return new KmdfDeviceCallbacks() {
            @Override
            public void prepareHardware(WdfDevice d, ResourceList raw, ResourceList translated) {
                if (idleTimeout != null) {
                    d.assignS0IdleSettings(idleTimeout, idleCanWake);
                }
                int n = 0;
                for (int i = 0; i < translated.size(); i++) {
                    if (translated.get(i).data() instanceof ResourceData.ConnectionData c && c.type() == ConnectionType.GPIO_IO) {
                        gpioIo.add(c.id());
                    }
                    if (!translated.get(i).isInterrupt()) {
                        continue;
                    }
                    int index = n++;
                    boolean wake = wakeFirst && index == 0;
                    d.createInterrupt(WdfInterruptConfig.init((interrupt, id) -> {
                        int count = ++counts[index];
                        events.add("isr " + index + " " + Irql.name(Irql.current()));
                        return behaviour.isr(index, count);
                    }, null).passiveHandling(passive || wake).canWakeDevice(wake).reportInactiveOnPowerDown(reportInactive)
                            .interruptRaw(raw.get(i)).interruptTranslated(translated.get(i)));
                }
            }

            @Override
            public void d0Entry(WdfDevice d, DevicePowerState previous) {
                events.add("d0entry from " + previous);
            }

            @Override
            public void d0Exit(WdfDevice d, DevicePowerState target) {
                events.add("d0exit to " + target);
            }
        };
    }
}
