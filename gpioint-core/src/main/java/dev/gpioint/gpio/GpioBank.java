package dev.gpioint.gpio;

import dev.gpioint.wdf.WdfInterrupt;

/**
 * One bank of at most 64 pins: which pins are enabled, which are cleared on service (edge in hardware) and
 * which are masked, plus the interrupt object that serves the bank (its own, or one it shares with other banks)
 * whose lock serializes every access to the bank. A bank the client's interrupt binding left without an interrupt
 * is {@link #unbound}: its pins serve I/O only.
 */
final class GpioBank {
    final int index;
    final GpioPin[] pins;
    long enabledMask;
    long edgeMask;
    long maskedMask;
    WdfInterrupt interrupt;
    /** The client bound no interrupt resource to this bank ({@code GPIO_BANK_INTERRUPT_BINDING_RESERVED_INDEX}). */
    boolean unbound;

    GpioBank(int index, int pinCount) {
        this.index = index;
        this.pins = new GpioPin[pinCount];
    }

    /**
     * Whether the bank's interrupt is connected (or the bank has none): once the controller stopped or failed,
     * its lock can no longer be taken and its hardware no longer touched.
     */
    boolean isLive() {
        return interrupt == null || interrupt.isConnected();
    }

    /** Takes the bank lock: the bank interrupt's spin lock (DIRQL) or wait lock (passive controller). */
    void lock() {
        if (interrupt != null) {
            interrupt.acquireLock();
        }
    }

    void unlock() {
        if (interrupt != null) {
            interrupt.releaseLock();
        }
    }
}
