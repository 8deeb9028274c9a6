package dev.gpioint.kernel;

import java.util.ArrayDeque;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * One logical processor: a 256-bit interrupt request register (one bit per vector, as a local APIC has),
 * serviced highest vector first, and a DPC queue drained when no interrupt is pending. The IRQL of a vector is
 * {@code vector >> 4}, so the highest pending bit is also the most urgent.
 *
 * <p>Requesting an interrupt sets a bit and wakes the processor: it allocates nothing, whatever the thread.
 */
public final class Processor {
    private final Machine machine;
    private final int index;
    private final AtomicLongArray requests = new AtomicLongArray(4);
    private final ArrayDeque<Dpc> dpcs = new ArrayDeque<>(256);
    private long interruptsServiced;
    private long dpcsRun;

    /**
     * False on a deterministic machine: one thread does everything there, so request bits and the DPC queue need
     * no atomic operations or locks (the profile of the full path put a third of its time in them).
     */
    private final boolean concurrent;

    Processor(Machine machine, int index) {
        this.machine = machine;
        this.index = index;
        this.concurrent = !machine.options().deterministic();
    }

    public int index() {
        return index;
    }

    /** Interrupts this processor has serviced (vectors dispatched, claimed or not). */
    public long interruptsServiced() {
        return interruptsServiced;
    }

    public long dpcsRun() {
        return dpcsRun;
    }

    /** Marks {@code vector} pending on this processor and wakes it. */
    void requestInterrupt(int vector) {
        int word = vector >>> 6;
        long bit = 1L << (vector & 63);
        if (!concurrent) {
            requests.setPlain(word, requests.getPlain(word) | bit); // a repeat merges with the pending request
            return;
        }
        long old;
        do {
            old = requests.get(word);
            if ((old & bit) != 0) {
                return; // already pending: a second request before service merges with the first, as on an APIC
            }
        } while (!requests.compareAndSet(word, old, old | bit));
        machine.scheduler().wake(this);
    }

    /** The highest pending vector, or -1. */
    int highestPendingVector() {
        for (int word = 3; word >= 0; word--) {
            long bits = concurrent ? requests.get(word) : requests.getPlain(word);
            if (bits != 0) {
                return (word << 6) | (63 - Long.numberOfLeadingZeros(bits));
            }
        }
        return -1;
    }

    boolean hasWork() {
        if (highestPendingVector() >= 0) {
            return true;
        }
        if (!concurrent) {
            return !dpcs.isEmpty();
        }
        synchronized (dpcs) {
            return !dpcs.isEmpty();
        }
    }

    void enqueueDpc(Dpc dpc) {
        if (!concurrent) {
            dpcs.addLast(dpc);
            return;
        }
        synchronized (dpcs) {
            dpcs.addLast(dpc);
        }
        machine.scheduler().wake(this);
    }

    /**
     * Does one unit of this processor's work on the calling thread: the highest pending interrupt, else one DPC.
     * Returns false when it had nothing to do.
     */
    boolean runOnce() {
        int vector = highestPendingVector();
        if (vector >= 0) {
            clear(vector);
            service(vector);
            return true;
        }
        Dpc dpc;
        if (concurrent) {
            synchronized (dpcs) {
                dpc = dpcs.pollFirst();
            }
        } else {
            dpc = dpcs.pollFirst();
        }
        if (dpc == null) {
            return false;
        }
        ExecutionContext context = ExecutionContext.current();
        int oldProcessor = context.processor;
        int oldIrql = context.irql;
        context.processor = index;
        context.irql = Irql.DISPATCH;
        ExecutionTracer tracer = machine.tracer();
        try {
            if (tracer != ExecutionTracer.NONE) {
                tracer.dpcBegin(index, dpc);
            }
            dpc.execute();
            dpcsRun++;
        } catch (RuntimeException | Error failure) {
            machine.reportRoutineFailure("DPC " + dpc.name(), failure);
        } finally {
            if (tracer != ExecutionTracer.NONE) {
                tracer.dpcEnd(index, dpc);
            }
            context.irql = oldIrql;
            context.processor = oldProcessor;
        }
        return true;
    }

    private void clear(int vector) {
        int word = vector >>> 6;
        long bit = 1L << (vector & 63);
        if (!concurrent) {
            requests.setPlain(word, requests.getPlain(word) & ~bit);
            return;
        }
        long old;
        do {
            old = requests.get(word);
        } while (!requests.compareAndSet(word, old, old & ~bit));
    }

    private void service(int vector) {
        InterruptVector entry = machine.interrupts().vectorEntry(vector);
        ExecutionContext context = ExecutionContext.current();
        int oldProcessor = context.processor;
        int oldIrql = context.irql;
        context.processor = index;
        context.irql = entry.irql();
        try {
            entry.dispatch(index);
        } finally {
            context.irql = oldIrql;
            context.processor = oldProcessor;
        }
        interruptsServiced++;
        entry.endOfInterrupt();
    }
}
