package dev.gpioint.wudf;

/**
 * {@code WUDF_INTERRUPT_ISR}: at PASSIVE_LEVEL. For a level-triggered interrupt the dispatch waits for the
 * answer (the line stays masked until the ISR returns), so the ISR must silence the device first.
 */
@FunctionalInterface
public interface WudfInterruptIsr {
    boolean isr(WudfInterrupt interrupt, int messageId);
}
