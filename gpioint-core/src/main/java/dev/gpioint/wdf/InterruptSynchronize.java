package dev.gpioint.wdf;

/** {@code EVT_WDF_INTERRUPT_SYNCHRONIZE}: runs with the interrupt lock held, at its synchronize IRQL. */
@FunctionalInterface
public interface InterruptSynchronize {
    boolean run(WdfInterrupt interrupt);
}
