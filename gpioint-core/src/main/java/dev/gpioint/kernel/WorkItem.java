package dev.gpioint.kernel;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A passive-level work item: allocated once, queued many times; queuing it while queued reports false.
 * Runs at PASSIVE_LEVEL on a system worker (the machine's own thread when deterministic). Queued again while it
 * runs, it runs again afterwards, never at the same time as itself: its routine needs no lock against itself.
 */
public final class WorkItem {
    private final Machine machine;
    private final DeferredRoutine routine;
    private final String name;
    final AtomicBoolean queued = new AtomicBoolean();
    private volatile boolean running;
    private long runCount;
    private long runNanos;

    WorkItem(Machine machine, DeferredRoutine routine, String name) {
        this.machine = machine;
        this.routine = routine;
        this.name = name;
    }

    /** Queues the work item; true if queued, false if it was already queued. Allowed at any IRQL. */
    public boolean queue() {
        if (!queued.compareAndSet(false, true)) {
            return false;
        }
        machine.scheduler().enqueuePassive(this);
        return true;
    }

    public boolean isQueued() {
        return queued.get();
    }

    public boolean isRunning() {
        return running;
    }

    public String name() {
        return name;
    }

    public long runCount() {
        return runCount;
    }

    public long runNanos() {
        return runNanos;
    }

    /** Held while the routine runs, so two workers never run it at once. */
    final Object execution = new Object();

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
