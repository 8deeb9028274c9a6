package dev.gpioint.gpio;

import dev.gpioint.wdf.WdfInterrupt;

/**
 * One bank of at most 64 pins: which pins are enabled, which are cleared on service (edge in hardware) and
 * which are masked, plus the bank's own interrupt object whose lock serializes every access to the bank.
 */
final class GpioBank {
    final int index;
    final GpioPin[] pins;
    long enabledMask;
    long edgeMask;
    long maskedMask;
    WdfInterrupt interrupt;

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
