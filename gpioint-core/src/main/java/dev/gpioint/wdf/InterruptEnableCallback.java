package dev.gpioint.wdf;

/**
 * {@code EVT_WDF_INTERRUPT_ENABLE} / {@code _DISABLE}: at the interrupt's IRQL with its lock held (PASSIVE with
 * the wait lock for a passive interrupt). Throw {@link dev.gpioint.status.NtStatusException} to fail.
 */
@FunctionalInterface
public interface InterruptEnableCallback {
    void run(WdfInterrupt interrupt, WdfDevice device);
}
