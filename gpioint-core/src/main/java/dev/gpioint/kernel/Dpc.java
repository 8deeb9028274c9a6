package dev.gpioint.kernel;

/**
 * A deferred procedure call object (KDPC): allocated once, queued many times. Queuing an already queued DPC
 * does nothing and reports false, as {@code KeInsertQueueDpc} does. A DPC runs at DISPATCH_LEVEL on the
 * processor that queued it, after that processor has no interrupt pending.
 */
public final class Dpc extends QueuedRoutine {
    /** The next DPC in the processor's queue while this one is queued (the KDPC's list entry). */
    Dpc next;

    Dpc(Machine machine, DeferredRoutine routine, String name) {
        super(machine, routine, name);
    }

    /**
     * Queues this DPC on the calling processor (processor 0 when called outside a processor). Allowed at
     * DISPATCH_LEVEL or above, and at PASSIVE. Returns true if queued, false if it was already queued.
     */
    public boolean queue() {
        if (!markQueued()) {
            return false;
        }
        int processor = ExecutionContext.currentProcessor();
        machine().processor(processor < 0 ? 0 : processor).enqueueDpc(this);
        return true;
    }
}
