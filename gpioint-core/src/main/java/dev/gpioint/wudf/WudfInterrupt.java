package dev.gpioint.wudf;

import dev.gpioint.wdf.WdfInterruptInfo;

/** {@code IWDFInterrupt}: every method at PASSIVE_LEVEL. */
public interface WudfInterrupt {
    /** {@code QueueWorkItemForIsr}: true if queued, false if already queued. */
    boolean queueWorkItemForIsr();

    void acquireLock();

    void releaseLock();

    boolean tryToAcquireLock();

    void enable();

    void disable();

    WdfInterruptInfo getInfo();
}
