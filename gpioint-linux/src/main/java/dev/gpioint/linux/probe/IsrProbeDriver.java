package dev.gpioint.linux.probe;

import dev.gpioint.kernel.Irql;
import dev.gpioint.resource.ResourceList;
import dev.gpioint.wdf.KmdfDeviceCallbacks;
import dev.gpioint.wdf.KmdfDriver;
import dev.gpioint.wdf.WdfDevice;
import dev.gpioint.wdf.WdfInterrupt;
import dev.gpioint.wdf.WdfInterruptConfig;
import java.util.List;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * A KMDF-style peripheral driver ({@code _HID} {@value #HARDWARE_ID}) written only against the public driver
 * API, used to prove a gpiochip line reaches a driver's ISR: it creates one interrupt per interrupt resource;
 * each ISR counts, remembers its IRQL and machine time, and queues its DPC, which counts too. It never knows
 * which controller raised the interrupt. {@code gpioint run --hardware linux} and the VM suite use it.
 *
 * <p>Counters are per interrupt resource (index in firmware order, up to {@value #MAX}); readable from any
 * thread.
 */
public final class IsrProbeDriver implements KmdfDriver {
    public static final String HARDWARE_ID = "GPLXPRB1";
    public static final int MAX = 8;
    private final AtomicLongArray isrCalls = new AtomicLongArray(MAX);
    private final AtomicLongArray dpcCalls = new AtomicLongArray(MAX);
    private final AtomicLongArray lastIsrIrql = new AtomicLongArray(MAX);
    private final AtomicLongArray lastIsrWallNanos = new AtomicLongArray(MAX);

    @Override
    public String name() {
        return "isr-probe";
    }

    @Override
    public List<String> hardwareIds() {
        return List.of(HARDWARE_ID);
    }

    @Override
    public KmdfDeviceCallbacks deviceAdd(WdfDevice device) {
        return new KmdfDeviceCallbacks() {
            @Override
            public void prepareHardware(WdfDevice d, ResourceList raw, ResourceList translated) {
                int n = 0;
                for (int i = 0; i < translated.size() && n < MAX; i++) {
                    if (!translated.get(i).isInterrupt()) {
                        continue;
                    }
                    int index = n++;
                    d.createInterrupt(WdfInterruptConfig.init((WdfInterrupt interrupt, int messageId) -> {
                        lastIsrWallNanos.set(index, System.nanoTime());
                        lastIsrIrql.set(index, Irql.current());
                        isrCalls.incrementAndGet(index);
                        interrupt.queueDpcForIsr();
                        return true;
                    }, interrupt -> dpcCalls.incrementAndGet(index))
                            .interruptRaw(raw.get(i)).interruptTranslated(translated.get(i)));
                }
            }
        };
    }

    /** ISR calls for the {@code index}-th interrupt resource. */
    public long isrCalls(int index) {
        return isrCalls.get(index);
    }

    /** DPC runs for the {@code index}-th interrupt resource. */
    public long dpcCalls(int index) {
        return dpcCalls.get(index);
    }

    /** The IRQL the last ISR of that interrupt ran at. */
    public int lastIsrIrql(int index) {
        return (int) lastIsrIrql.get(index);
    }

    /** {@link System#nanoTime()} when the last ISR of that interrupt started (CLOCK_MONOTONIC on Linux). */
    public long lastIsrWallNanos(int index) {
        return lastIsrWallNanos.get(index);
    }
}
