package dev.gpioint.kernel;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What a DPC and a work item share: a routine allocated once and queued many times, a queued flag that makes a
 * second queuing report false, and run counters. The flag is cleared as the routine starts, so the routine may
 * queue itself again.
 */
abstract sealed class QueuedRoutine permits Dpc, WorkItem {
    private final Machine machine;
    private final DeferredRoutine routine;
    private final String name;
    final AtomicBoolean queued = new AtomicBoolean();
    private volatile boolean running;
    private long runCount;
    private long runNanos;

    QueuedRoutine(Machine machine, DeferredRoutine routine, String name) {
        this.machine = machine;
        this.routine = routine;
        this.name = name;
    }

    final Machine machine() {
        return machine;
    }

    /** Sets the queued flag; true if it was clear (the caller then enqueues the routine). */
    final boolean markQueued() {
        return queued.compareAndSet(false, true);
    }

    public final boolean isQueued() {
        return queued.get();
    }

    /** True while the routine is running (for flushes). */
    public final boolean isRunning() {
        return running;
    }

    public final String name() {
        return name;
    }

    public final long runCount() {
        return runCount;
    }

    /** Wall-clock nanoseconds spent in the routine, when the machine measures time. */
    public final long runNanos() {
        return runNanos;
    }

    final void execute() {
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
