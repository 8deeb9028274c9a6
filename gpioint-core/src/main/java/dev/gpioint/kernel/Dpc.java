package dev.gpioint.kernel;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A deferred procedure call object (KDPC): allocated once, queued many times. Queuing an already queued DPC
 * does nothing and reports false, as {@code KeInsertQueueDpc} does. A DPC runs at DISPATCH_LEVEL on the
 * processor that queued it, after that processor has no interrupt pending.
 */
public final class Dpc {
    private final Machine machine;
    private final DeferredRoutine routine;
    private final String name;
    final AtomicBoolean queued = new AtomicBoolean();
    private volatile boolean running;
    private long runCount;
    private long runNanos;

    Dpc(Machine machine, DeferredRoutine routine, String name) {
        this.machine = machine;
        this.routine = routine;
        this.name = name;
    }

    /**
     * Queues this DPC on the calling processor (processor 0 when called outside a processor). Allowed at
     * DISPATCH_LEVEL or above, and at PASSIVE. Returns true if queued, false if it was already queued.
     */
    public boolean queue() {
        if (!queued.compareAndSet(false, true)) {
            return false;
        }
        int processor = ExecutionContext.currentProcessor();
        machine.processor(processor < 0 ? 0 : processor).enqueueDpc(this);
        return true;
    }

    public boolean isQueued() {
        return queued.get();
    }

    /** True while the routine is running (for flushes). */
    public boolean isRunning() {
        return running;
    }

    public String name() {
        return name;
    }

    public long runCount() {
        return runCount;
    }

    /** Wall-clock nanoseconds spent in the routine, when the machine measures time. */
    public long runNanos() {
        return runNanos;
    }

    void execute() {
        running = true;
        queued.set(false);
        long start = machine.measuresTime() ? System.nanoTime() : 0;
        try {
            routine.run();
        } finally {
            if (start != 0) {
                runNanos += System.nanoTime() - start;
            }
            runCount++;
            running = false;
        }
    }
}
