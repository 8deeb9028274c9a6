package dev.gpioint.wudf;

/** {@code WUDF_INTERRUPT_WORKITEM}: at PASSIVE_LEVEL. */
@FunctionalInterface
public interface WudfInterruptWorkItem {
    void workItem(WudfInterrupt interrupt);
}
