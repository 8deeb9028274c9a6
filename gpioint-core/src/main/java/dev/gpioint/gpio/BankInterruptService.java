package dev.gpioint.gpio;

import dev.gpioint.wdf.InterruptIsr;
import dev.gpioint.wdf.WdfInterrupt;

/**
 * The class extension's ISR for one bank interrupt: for each bank it serves, asks the client which enabled,
 * unmasked pins are active, clears the edge ones (unless reading cleared them), masks the level ones and runs
 * each active pin's ISRs; a level pin is unmasked again unless it storms. Runs at the bank's IRQL with the bank
 * lock held, and allocates nothing.
 *
 * <p>A pin with no emulation is serviced here, inline, so the path from the bank interrupt to the pin's ISR
 * stays shallow enough for the JIT to compile it as one piece; emulated pins go to
 * {@link GpioController#serviceEmulatedPin}.
 */
final class BankInterruptService implements InterruptIsr {
    private final GpioController controller;
    private final GpioControllerClient client;
    private final GpioBank[] banks;
    private final boolean autoClear;
    private final ClientWatchdog watchdog;

    BankInterruptService(GpioController controller, GpioBank[] banks) {
        this.controller = controller;
        this.client = controller.client();
        this.banks = banks;
        this.autoClear = controller.information().attributes().activeInterruptsAutoClearOnRead();
        this.watchdog = controller.watchdog();
    }

    @Override
    public boolean isr(WdfInterrupt interrupt, int messageId) {
        if (watchdog.tripped()) {
            throw watchdog.failure(); // the client overran once: quarantine this bank interrupt too
        }
        boolean any = false;
        for (GpioBank bank : banks) {
            long enabled = bank.enabledMask & ~bank.maskedMask;
            if (enabled == 0) {
                continue;
            }
            // One tick read per client callback (no clock read): each check's reading starts the next one's time.
            long clock = watchdog.now();
            long active = client.queryActiveInterrupts(bank.index, enabled) & enabled;
            if ((clock = watchdog.check(clock, "CLIENT_QueryActiveInterrupts", bank.index)) < 0) {
                throw watchdog.failure();
            }
            if (active == 0) {
                continue;
            }
            any = true;
            long edges = active & bank.edgeMask;
            long levels = active & ~bank.edgeMask;
            if (edges != 0 && !autoClear) {
                client.clearActiveInterrupts(bank.index, edges);
                if ((clock = watchdog.check(clock, "CLIENT_ClearActiveInterrupts", bank.index)) < 0) {
                    throw watchdog.failure();
                }
            }
            if (levels != 0) {
                client.maskInterrupts(bank.index, levels);
                bank.maskedMask |= levels;
                if (watchdog.check(clock, "CLIENT_MaskInterrupts", bank.index) < 0) {
                    throw watchdog.failure();
                }
            }
            for (long remaining = active; remaining != 0; remaining &= remaining - 1) {
                GpioPin pin = bank.pins[Long.numberOfTrailingZeros(remaining)];
                if (pin.emulated) {
                    controller.serviceEmulatedPin(pin);
                    continue;
                }
                pin.vector.dispatch();
                if (pin.hardwareLevel() && !pin.passivePending) {
                    controller.unmaskOrDeclareStorm(pin);
                }
            }
        }
        if (!any) {
            controller.checkEnabledDrift(banks);
        }
        return any;
    }
}
