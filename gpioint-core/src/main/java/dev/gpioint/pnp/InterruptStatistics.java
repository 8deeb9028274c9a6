package dev.gpioint.pnp;

import dev.gpioint.kernel.KInterrupt;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A snapshot of every connected interrupt object's counters, in the spirit of {@code /proc/interrupts}: per
 * interrupt its vector, its source (a line or a controller pin), its device, how often its ISR ran on each
 * processor (and at PASSIVE on workers), the time spent, its DPCs and work items, and the unclaimed and spurious
 * requests. Read it when the machine is idle.
 */
public final class InterruptStatistics {
    private InterruptStatistics() {
    }

    /**
     * One interrupt object.
     *
     * @param vector       translated vector (an IDT vector, or a secondary GSIV)
     * @param source       "GSIV 40" or "\_SB.GPO0 pin 5"
     * @param device       the device path, or the kernel owner's name for objects no device owns
     * @param perProcessor ISR runs on each processor
     * @param passive      ISR runs at PASSIVE on workers
     * @param unclaimed    ISR runs that returned false
     * @param spurious     requests of the source that no ISR claimed
     */
    public record Row(long vector, String source, String device, long[] perProcessor, long passive, long claimed,
                      long unclaimed, long spurious, long isrNanos, long dpcs, long dpcNanos, long workItems,
                      long workItemNanos) {
        public long total() {
            long total = passive;
            for (long count : perProcessor) {
                total += count;
            }
            return total;
        }
    }

    /** The counters of every interrupt object connected now, in connection order. */
    public static List<Row> collect(PnpManager pnp) {
        var rows = new ArrayList<Row>();
        var hal = pnp.machine().interrupts();
        for (KInterrupt kernel : hal.connectedInterrupts()) {
            long[] counts = kernel.serviceCounts();
            long[] perProcessor = java.util.Arrays.copyOf(counts, counts.length - 1);
            Optional<FxInterrupt> fx = pnp.ownerOf(kernel).flatMap(node -> node.fx == null ? Optional.empty()
                    : node.fx.fxInterrupts().stream().filter(i -> i.kernelInterrupt().orElse(null) == kernel).findFirst());
            String device = pnp.ownerOf(kernel).map(n -> n.path().toString()).orElse(kernel.owner());
            long dpcs = fx.map(i -> i.dpc().runCount()).orElse(0L);
            long dpcNanos = fx.map(i -> i.dpc().runNanos()).orElse(0L);
            long items = fx.map(i -> i.workItem().runCount()).orElse(0L);
            long itemNanos = fx.map(i -> i.workItem().runNanos()).orElse(0L);
            rows.add(new Row(kernel.vector(), kernel.sourceDescription(), device, perProcessor, counts[counts.length - 1],
                    kernel.claimedCount(), kernel.unclaimedCount(), hal.spuriousCount(kernel), kernel.isrNanos(), dpcs, dpcNanos,
                    items, itemNanos));
        }
        return rows;
    }
}
