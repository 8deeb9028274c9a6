package dev.gpioint.drivers.probe;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;

/**
 * What one probe device's driver saw, per interrupt (in the driver's creation order = firmware order): ISR calls
 * (claimed or not), deferred calls (DPC or work item), and, for edges that carry a sequence number, how many
 * were lost, seen twice or seen out of order. The first {@code eventCapacity} events of each interrupt are kept
 * with their machine time.
 *
 * <p>Each interrupt's ISR counters are written under that interrupt's lock (ISRs of one object never overlap)
 * and its deferred counter by its DPC or work item (never overlapping itself either); read them once the machine
 * is idle. Recording an event allocates only when the event arrays grow, up to the capacity.
 */
public final class ProbeLog {
    /** An event kind: an ISR that claimed. */
    public static final byte CLAIMED = 1;
    /** An event kind: an ISR that did not claim. */
    public static final byte UNCLAIMED = 2;
    /** An event kind: the DPC or work item ran. */
    public static final byte DEFERRED = 3;

    /** Publishes the last sequence number to threads that wait for an edge to be serviced. */
    private static final VarHandle SEQUENCES = MethodHandles.arrayElementVarHandle(int[].class);

    private final int eventCapacity;
    private final long[] claimed;
    private final long[] unclaimed;
    private final long[] deferred;
    private final long[] lost;
    private final long[] duplicated;
    private final long[] misordered;
    private final int[] lastSequence;
    private final long[][] times;
    private final byte[][] kinds;
    private final int[] events;

    ProbeLog(int interrupts, int eventCapacity) {
        this.eventCapacity = eventCapacity;
        claimed = new long[interrupts];
        unclaimed = new long[interrupts];
        deferred = new long[interrupts];
        lost = new long[interrupts];
        duplicated = new long[interrupts];
        misordered = new long[interrupts];
        lastSequence = new int[interrupts];
        times = new long[interrupts][];
        kinds = new byte[interrupts][];
        events = new int[interrupts];
        for (int i = 0; i < interrupts; i++) {
            times[i] = new long[Math.min(eventCapacity, 16)];
            kinds[i] = new byte[Math.min(eventCapacity, 16)];
        }
    }

    public int interrupts() {
        return claimed.length;
    }

    void isr(int index, boolean wasClaimed, long now) {
        if (wasClaimed) {
            claimed[index]++;
        } else {
            unclaimed[index]++;
        }
        event(index, wasClaimed ? CLAIMED : UNCLAIMED, now);
    }

    void deferred(int index, long now) {
        deferred[index]++;
        event(index, DEFERRED, now);
    }

    /**
     * Checks an edge's sequence number against the last one: sequence numbers start at 1 and go up by one per
     * edge; 0 means the edge carries none.
     */
    void sequence(int index, int sequence) {
        if (sequence == 0) {
            return;
        }
        int last = lastSequence[index];
        if (sequence == last) {
            duplicated[index]++;
        } else if (sequence < last) {
            misordered[index]++;
        } else {
            lost[index] += sequence - last - 1;
            SEQUENCES.setRelease(lastSequence, index, sequence);
        }
    }

    private void event(int index, byte kind, long now) {
        int n = events[index];
        if (n >= eventCapacity) {
            return;
        }
        if (n == times[index].length) {
            times[index] = Arrays.copyOf(times[index], Math.min(eventCapacity, n * 2));
            kinds[index] = Arrays.copyOf(kinds[index], times[index].length);
        }
        times[index][n] = now;
        kinds[index][n] = kind;
        events[index] = n + 1;
    }

    public long claimed(int index) {
        return claimed[index];
    }

    public long unclaimed(int index) {
        return unclaimed[index];
    }

    public long deferred(int index) {
        return deferred[index];
    }

    public long lost(int index) {
        return lost[index];
    }

    public long duplicated(int index) {
        return duplicated[index];
    }

    public long misordered(int index) {
        return misordered[index];
    }

    /** The last sequence number interrupt {@code index} saw (0 if none). */
    public int lastSequence(int index) {
        return (int) SEQUENCES.getAcquire(lastSequence, index);
    }

    /** Events kept for interrupt {@code index} (at most the capacity). */
    public int events(int index) {
        return events[index];
    }

    public long eventTime(int index, int event) {
        return times[index][event];
    }

    public byte eventKind(int index, int event) {
        return kinds[index][event];
    }
}
