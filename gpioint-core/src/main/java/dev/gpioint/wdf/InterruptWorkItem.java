package dev.gpioint.wdf;

/** {@code EVT_WDF_INTERRUPT_WORKITEM}: at PASSIVE_LEVEL on a worker. */
@FunctionalInterface
public interface InterruptWorkItem {
    void workItem(WdfInterrupt interrupt);
}
