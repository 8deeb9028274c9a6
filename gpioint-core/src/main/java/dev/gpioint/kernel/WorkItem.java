package dev.gpioint.kernel;

/**
 * A passive-level work item: allocated once, queued many times; queuing it while queued reports false.
 * Runs at PASSIVE_LEVEL on a system worker (the machine's own thread when deterministic). Queued again while it
 * runs, it runs again afterwards, never at the same time as itself: its routine needs no lock against itself.
 */
public final class WorkItem extends QueuedRoutine {
    /** Held while the routine runs, so two workers never run it at once. */
    final Object execution = new Object();

    WorkItem(Machine machine, DeferredRoutine routine, String name) {
        super(machine, routine, name);
    }

    /** Queues the work item; true if queued, false if it was already queued. Allowed at any IRQL. */
    public boolean queue() {
        if (!markQueued()) {
            return false;
        }
        machine().scheduler().enqueuePassive(this);
        return true;
    }
}
