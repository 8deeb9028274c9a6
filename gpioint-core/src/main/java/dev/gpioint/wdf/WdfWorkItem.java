package dev.gpioint.wdf;

/**
 * A framework work item (WDFWORKITEM) owned by a device: created once, enqueued many times, its callback run at
 * PASSIVE_LEVEL. Enqueued while still queued, it runs once. When its device is removed (stopped or failed) the
 * item is deleted with it: a callback still queued then does not run.
 */
public interface WdfWorkItem {
    /** The device that created it. */
    WdfDevice device();

    /** {@code WdfWorkItemEnqueue}: at most DISPATCH_LEVEL. Does nothing while the item is already queued. */
    void enqueue();

    /** {@code WdfWorkItemFlush}: PASSIVE_LEVEL; returns once a queued or running callback has finished. */
    void flush();
}
