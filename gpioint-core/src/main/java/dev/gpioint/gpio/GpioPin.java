package dev.gpioint.gpio;

import dev.gpioint.firmware.GpioInt;
import dev.gpioint.firmware.InterruptMode;
import dev.gpioint.firmware.NamePath;
import dev.gpioint.firmware.Polarity;
import dev.gpioint.kernel.InterruptSource;
import dev.gpioint.kernel.SecondaryVector;
import java.util.ArrayList;
import java.util.List;

/**
 * The class extension's state for one pin used as an interrupt: its firmware configuration, the consumers that
 * were given its GSIV, how the hardware is programmed for it (ActiveBoth is programmed as a level whose polarity
 * flips after each interrupt when the controller asks for emulation), and whether passive ISRs hold it masked.
 */
final class GpioPin implements InterruptSource {
    final GpioController controller;
    final int number;
    final GpioBank bank;
    final int bankPin;
    final long bit;
    final GpioInt config;
    final List<NamePath> consumers = new ArrayList<>();
    final SecondaryVector vector;
    /** ActiveBoth emulated with level mode and polarity flips. */
    final boolean emulatedActiveBoth;
    GpioInterruptParameters hardware;
    private final GpioInterruptParameters levelLow;
    private final GpioInterruptParameters levelHigh;
    boolean passivePending;
    int repeats;

    GpioPin(GpioController controller, int number, GpioBank bank, GpioInt config, SecondaryVector vector, boolean emulateActiveBoth) {
        this.controller = controller;
        this.number = number;
        this.bank = bank;
        this.bankPin = number - bank.index * controller.pinsPerBank();
        this.bit = 1L << bankPin;
        this.config = config;
        this.vector = vector;
        this.emulatedActiveBoth = emulateActiveBoth && config.polarity() == Polarity.ACTIVE_BOTH;
        InterruptMode mode = emulatedActiveBoth ? InterruptMode.LEVEL : config.mode();
        // The stack assumes an ActiveBoth line asserts low, so the first interrupt after connect reports the
        // asserted state: program level-low first.
        Polarity polarity = emulatedActiveBoth ? controller.initialActiveBothPolarity(number) : config.polarity();
        this.hardware = new GpioInterruptParameters(bank.index, bankPin, mode, polarity, config.pull(),
                config.debounceHundredthsMs(), config.vendorData());
        // Both programmings of an emulated ActiveBoth pin, made once so flipping allocates nothing.
        this.levelLow = hardware.with(InterruptMode.LEVEL, Polarity.ACTIVE_LOW);
        this.levelHigh = hardware.with(InterruptMode.LEVEL, Polarity.ACTIVE_HIGH);
        if (emulatedActiveBoth) {
            hardware = polarity == Polarity.ACTIVE_HIGH ? levelHigh : levelLow;
        }
    }

    /** True when the hardware holds this pin as a level (masked while serviced, not cleared). */
    boolean hardwareLevel() {
        return hardware.mode() == InterruptMode.LEVEL;
    }

    /** Flips the programmed polarity of an emulated ActiveBoth pin. Bank lock held; allocates nothing. */
    void flipPolarity() {
        hardware = hardware == levelLow ? levelHigh : levelLow;
        controller.client().reconfigureInterrupt(bank.index, bankPin, InterruptMode.LEVEL, hardware.polarity());
    }

    /**
     * Peripheral-side view: an ActiveBoth pin behaves as an edge for its ISRs (each transition is one
     * interrupt), a real level pin as a level.
     */
    @Override
    public boolean isLevel() {
        return !emulatedActiveBoth && config.mode() == InterruptMode.LEVEL;
    }

    @Override
    public void maskForPassive() {
        // The bank ISR masked the pin before dispatch; remember to leave it masked until the passive ISR returns.
        passivePending = true;
    }

    @Override
    public void unmaskAfterPassive() {
        bank.lock();
        try {
            passivePending = false;
            controller.unmaskOrDeclareStorm(this);
        } finally {
            bank.unlock();
        }
    }

    @Override
    public String describe() {
        return controller.path() + " pin " + number;
    }
}
