package dev.gpioint.wdf;

/** {@code EVT_WDF_INTERRUPT_DPC}: at DISPATCH_LEVEL, on the processor whose ISR queued it. */
@FunctionalInterface
public interface InterruptDpc {
    void dpc(WdfInterrupt interrupt);
}
