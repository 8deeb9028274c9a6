package dev.gpioint.kernel;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * One logical processor: a 256-bit interrupt request register (one bit per vector, as a local APIC has),
 * serviced highest vector first, and a DPC queue drained when no interrupt is pending. The IRQL of a vector is
 * {@code vector >> 4}, so the highest pending bit is also the most urgent.
 *
 * <p>Requesting an interrupt sets a bit and wakes the processor: it allocates nothing, whatever the thread.
 */
public final class Processor {
    /** Atomic access to the request words, for a realtime machine. */
    private static final VarHandle REQUESTS = MethodHandles.arrayElementVarHandle(long[].class);
    /** An unlocked look at the DPC queue's head, for a realtime processor's idle loop. */
    private static final VarHandle DPC_HEAD;

    static {
        try {
            DPC_HEAD = MethodHandles.lookup().findVarHandle(Processor.class, "dpcHead", Dpc.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Machine machine;
    private final int index;
    private final long[] requests = new long[4];
    /**
     * The DPC queue, linked through the DPC objects themselves as KDPCs are (a DPC is in at most one queue: its
     * queued flag says so), so queuing and dequeuing touch no array. Guarded by {@code dpcLock} when concurrent.
     */
    private Dpc dpcHead;
    private Dpc dpcTail;
    private final Object dpcLock = new Object();
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
            requests[word] |= bit; // a repeat merges with the pending request
            return;
        }
        long old;
        do {
            old = (long) REQUESTS.getVolatile(requests, word);
            if ((old & bit) != 0) {
                return; // already pending: a second request before service merges with the first, as on an APIC
            }
        } while (!REQUESTS.compareAndSet(requests, word, old, old | bit));
        machine.scheduler().wake(this);
    }

    /** The highest pending vector, or -1. */
    int highestPendingVector() {
        for (int word = 3; word >= 0; word--) {
            long bits = concurrent ? (long) REQUESTS.getVolatile(requests, word) : requests[word];
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
            return dpcHead != null;
        }
        synchronized (dpcLock) {
            return dpcHead != null;
        }
    }

    void enqueueDpc(Dpc dpc) {
        if (!concurrent) {
            append(dpc);
            return;
        }
        synchronized (dpcLock) {
            append(dpc);
        }
        machine.scheduler().wake(this);
    }

    /**
     * Does one unit of this processor's work on the calling thread, whose context is {@code context}: the
     * highest pending interrupt, else one DPC. Returns false when it had nothing to do.
     */
    boolean runOnce(ExecutionContext context) {
        int vector = highestPendingVector();
        if (vector >= 0) {
            clear(vector);
            service(vector, context);
            return true;
        }
        Dpc dpc;
        if (concurrent) {
            // An idle processor thread comes here on every turn of its loop: look before taking the lock. A DPC
            // missed by this look is found on the next turn, and a processor about to park asks hasWork(), which
            // locks.
            if (DPC_HEAD.getOpaque(this) == null) {
                return false;
            }
            synchronized (dpcLock) {
                dpc = takeFirst();
            }
        } else {
            dpc = takeFirst();
        }
        if (dpc == null) {
            return false;
        }
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

    private void append(Dpc dpc) {
        dpc.next = null;
        if (dpcTail == null) {
            dpcHead = dpc;
        } else {
            dpcTail.next = dpc;
        }
        dpcTail = dpc;
    }

    private Dpc takeFirst() {
        Dpc first = dpcHead;
        if (first != null) {
            dpcHead = first.next;
            if (dpcHead == null) {
                dpcTail = null;
            }
            first.next = null;
        }
        return first;
    }

    private void clear(int vector) {
        int word = vector >>> 6;
        long bit = 1L << (vector & 63);
        if (!concurrent) {
            requests[word] &= ~bit;
            return;
        }
        long old;
        do {
            old = (long) REQUESTS.getVolatile(requests, word);
        } while (!REQUESTS.compareAndSet(requests, word, old, old & ~bit));
    }

    private void service(int vector, ExecutionContext context) {
        InterruptVector entry = machine.interrupts().vectorEntry(index, vector);
        int oldProcessor = context.processor;
        int oldIrql = context.irql;
        context.processor = index;
        context.irql = entry.irql();
        try {
            entry.chain().dispatch(context);
        } finally {
            context.irql = oldIrql;
            context.processor = oldProcessor;
        }
        interruptsServiced++;
        entry.endOfInterrupt();
    }
}
