package dev.gpioint.wdf;

/**
 * {@code EVT_WDF_INTERRUPT_ISR}: at the interrupt's DIRQL (or PASSIVE for a passive interrupt), with the
 * interrupt lock held. Return true when the device interrupted and was silenced. Must not allocate or block.
 */
@FunctionalInterface
public interface InterruptIsr {
    boolean isr(WdfInterrupt interrupt, int messageId);
}
