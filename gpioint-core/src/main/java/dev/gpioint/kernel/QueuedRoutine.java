package dev.gpioint.kernel;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * What a DPC and a work item share: a routine allocated once and queued many times, a queued flag that makes a
 * second queuing report false, and run counters. The flag is cleared as the routine starts, so the routine may
 * queue itself again.
 *
 * <p>On a realtime machine the flags are set with atomic and volatile accesses (any thread queues, another
 * runs, a third flushes); on a deterministic machine one thread does all three, so they are plain fields.
 */
abstract sealed class QueuedRoutine permits Dpc, WorkItem {
    private static final VarHandle QUEUED;
    private static final VarHandle RUNNING;

    static {
        try {
            var lookup = MethodHandles.lookup();
            QUEUED = lookup.findVarHandle(QueuedRoutine.class, "queued", boolean.class);
            RUNNING = lookup.findVarHandle(QueuedRoutine.class, "running", boolean.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Machine machine;
    private final DeferredRoutine routine;
    private final String name;
    private final boolean concurrent;
    private final boolean measuresTime;
    @SuppressWarnings("unused") // through QUEUED when concurrent
    private boolean queued;
    @SuppressWarnings("unused") // through RUNNING when concurrent
    private boolean running;
    private long runCount;
    private long runNanos;

    QueuedRoutine(Machine machine, DeferredRoutine routine, String name) {
        this.machine = machine;
        this.routine = routine;
        this.name = name;
        this.concurrent = machine.isConcurrent();
        this.measuresTime = machine.measuresTime();
    }

    final Machine machine() {
        return machine;
    }

    /** Sets the queued flag; true if it was clear (the caller then enqueues the routine). */
    final boolean markQueued() {
        if (concurrent) {
            return QUEUED.compareAndSet(this, false, true);
        }
        if (queued) {
            return false;
        }
        queued = true;
        return true;
    }

    public final boolean isQueued() {
        return concurrent ? (boolean) QUEUED.getVolatile(this) : queued;
    }

    /** True while the routine is running (for flushes). */
    public final boolean isRunning() {
        return concurrent ? (boolean) RUNNING.getVolatile(this) : running;
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
        setRunning(true);
        if (concurrent) {
            QUEUED.setVolatile(this, false);
        } else {
            queued = false;
        }
        long start = measuresTime ? System.nanoTime() : 0;
        try {
            routine.run();
        } finally {
            if (start != 0) {
                runNanos += System.nanoTime() - start;
            }
            runCount++;
            setRunning(false);
        }
    }

    private void setRunning(boolean value) {
        if (concurrent) {
            RUNNING.setVolatile(this, value);
        } else {
            running = value;
        }
    }
}
