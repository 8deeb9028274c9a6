package dev.gpioint.wudf;

/** {@code WUDF_INTERRUPT_ENABLE}/{@code _DISABLE}: at PASSIVE_LEVEL with the interrupt lock held. */
@FunctionalInterface
public interface WudfInterruptEnableCallback {
    void run(WudfInterrupt interrupt, WudfDevice device);
}
