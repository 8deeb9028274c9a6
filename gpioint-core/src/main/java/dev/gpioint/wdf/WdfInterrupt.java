package dev.gpioint.wdf;

import dev.gpioint.status.NtStatusException;

/**
 * An interrupt object (WDFINTERRUPT). Its IRQL rules are WDF's; breaking one throws
 * {@link dev.gpioint.kernel.VerifierException} naming the rule and the call.
 */
public interface WdfInterrupt {
    /** {@code WdfInterruptQueueDpcForIsr}: true if queued, false if already queued. At most DIRQL. */
    boolean queueDpcForIsr();

    /**
     * {@code WdfInterruptQueueWorkItemForIsr}: above DISPATCH_LEVEL queues a DPC that queues the work item
     * (returns the DPC's result), otherwise queues the work item. True if queued, false if already queued.
     */
    boolean queueWorkItemForIsr();

    /** {@code WdfInterruptAcquireLock}: the spin lock (DIRQL interrupt) or the wait lock (passive, at PASSIVE). */
    void acquireLock();

    /** {@code WdfInterruptReleaseLock}. */
    void releaseLock();

    /** {@code WdfInterruptTryToAcquireLock}: passive interrupts only, at PASSIVE; false if the lock is busy. */
    boolean tryToAcquireLock();

    /** {@code WdfInterruptSynchronize}: runs {@code callback} with the lock held. At most DISPATCH_LEVEL. */
    boolean synchronize(InterruptSynchronize callback);

    /** {@code WdfInterruptEnable}: reconnects and enables. PASSIVE_LEVEL. */
    void enable() throws NtStatusException;

    /** {@code WdfInterruptDisable}: disables and disconnects. PASSIVE_LEVEL. */
    void disable() throws NtStatusException;

    /** {@code WdfInterruptGetInfo}. At most DISPATCH_LEVEL. */
    WdfInterruptInfo getInfo();

    /** The device this interrupt belongs to. */
    WdfDevice device();

    /** Whether it is connected now. */
    boolean isConnected();
}
