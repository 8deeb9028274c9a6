package dev.gpioint.gpio;

import dev.gpioint.wdf.InterruptIsr;
import dev.gpioint.wdf.WdfInterrupt;

/** The class extension's ISR for one bank interrupt: services the banks it serves. Allocates nothing. */
final class BankInterruptService implements InterruptIsr {
    private final GpioController controller;
    private final GpioBank[] banks;

    BankInterruptService(GpioController controller, GpioBank[] banks) {
        this.controller = controller;
        this.banks = banks;
    }

    @Override
    public boolean isr(WdfInterrupt interrupt, int messageId) {
        return controller.serviceBanks(banks);
    }
}
