package dev.gpioint.gpio;

import dev.gpioint.firmware.GpioInt;
import dev.gpioint.firmware.InterruptMode;
import dev.gpioint.firmware.NamePath;
import dev.gpioint.firmware.Polarity;
import dev.gpioint.kernel.InterruptSource;
import dev.gpioint.kernel.SecondaryVector;
import dev.gpioint.kernel.WorkItem;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The class extension's state for one pin used as an interrupt: its firmware configuration, the consumers that
 * were given its GSIV, how the hardware is programmed for it and which emulation the extension runs for it:
 * <ul>
 *   <li><b>flipping</b>: the hardware holds a level whose polarity the extension flips after each assertion.
 *       Used for ActiveBoth when the controller asks for emulation (every assertion is delivered), and for an
 *       Edge pin on a controller without edge detection or with emulated debounce (only the assertion of the
 *       configured polarity is delivered; the flip back waits for the release);</li>
 *   <li><b>level on edge</b>: a Level pin on a controller without level detection is programmed as the edge
 *       into its asserted state and delivered again while the pin still reads asserted;</li>
 *   <li><b>debounced</b>: with emulated debouncing and a non-zero timeout, an assertion masks the pin and arms a
 *       timer; when it expires the pin is read again and the interrupt is delivered only if it is still
 *       asserted (a glitch is counted and dropped).</li>
 * </ul>
 * Everything here is made when the pin is allocated, so servicing it allocates nothing.
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
    /** The hardware is a level whose polarity flips after each assertion. */
    final boolean flipping;
    /** ActiveBoth emulated with flips: every assertion is delivered. */
    final boolean emulatedActiveBoth;
    /** A Level pin on edge-only hardware. */
    final boolean levelOnEdge;
    /** Debounced by the extension. */
    final boolean debounced;
    /** Any of the emulations above: servicing the pin takes the extension's slow path. */
    final boolean emulated;
    GpioInterruptParameters hardware;
    private final GpioInterruptParameters levelLow;
    private final GpioInterruptParameters levelHigh;
    /** The programming whose assertion an emulated Edge pin delivers. */
    private final GpioInterruptParameters deliveringPhase;
    private final Duration debounceTimeout;
    private final Runnable debounceTimerAction;
    final WorkItem debounceWork;
    boolean debounceConfirmed;
    long glitches;
    boolean passivePending;
    int repeats;

    GpioPin(GpioController controller, int number, GpioBank bank, GpioInt config, SecondaryVector vector, ControllerAttributes attributes) {
        this.controller = controller;
        this.number = number;
        this.bank = bank;
        this.bankPin = number - bank.index * controller.pinsPerBank();
        this.bit = 1L << bankPin;
        this.config = config;
        this.vector = vector;
        boolean activeBoth = config.polarity() == Polarity.ACTIVE_BOTH;
        this.debounced = attributes.emulateDebouncing() && config.debounceHundredthsMs() > 0;
        this.emulatedActiveBoth = activeBoth && (attributes.emulateActiveBoth() || debounced || !attributes.edgeInterrupts());
        boolean emulatedEdge = !activeBoth && config.mode() == InterruptMode.EDGE && (!attributes.edgeInterrupts() || debounced);
        this.flipping = emulatedActiveBoth || emulatedEdge;
        this.levelOnEdge = config.mode() == InterruptMode.LEVEL && !attributes.levelInterrupts();
        this.emulated = flipping || levelOnEdge || debounced;
        InterruptMode mode = flipping ? InterruptMode.LEVEL : levelOnEdge ? InterruptMode.EDGE : config.mode();
        // An ActiveBoth line is assumed to assert low unless the controller's configuration says it asserts
        // high, so the first interrupt after connect reports the asserted state.
        Polarity polarity = emulatedActiveBoth ? controller.initialActiveBothPolarity(number) : config.polarity();
        // An emulated debounce is the extension's job: the client must not debounce again.
        int clientDebounce = attributes.emulateDebouncing() ? 0 : config.debounceHundredthsMs();
        this.hardware = new GpioInterruptParameters(bank.index, bankPin, mode, polarity, config.pull(), clientDebounce,
                config.vendorData());
        // Both programmings of a flipping pin, made once so flipping allocates nothing.
        this.levelLow = hardware.with(InterruptMode.LEVEL, Polarity.ACTIVE_LOW);
        this.levelHigh = hardware.with(InterruptMode.LEVEL, Polarity.ACTIVE_HIGH);
        if (flipping) {
            hardware = polarity == Polarity.ACTIVE_HIGH ? levelHigh : levelLow;
        }
        this.deliveringPhase = hardware;
        // GpioInt debounce timeouts are in hundredths of a millisecond: 1 = 10 microseconds.
        this.debounceTimeout = Duration.ofNanos(config.debounceHundredthsMs() * 10_000L);
        this.debounceWork = debounced ? controller.machine().newWorkItem(this::debounceExpired, "debounce of " + describe()) : null;
        this.debounceTimerAction = debounced ? debounceWork::queue : null;
    }

    /** True when the hardware holds this pin as a level (masked while serviced, not cleared). */
    boolean hardwareLevel() {
        return hardware.mode() == InterruptMode.LEVEL;
    }

    /**
     * Back to the first programming (enable after a disable): an ActiveBoth pin waits for its asserted state
     * again. An emulated Edge pin whose line already rests at the asserted level waits for the release instead:
     * an edge interrupt reports a transition, and there was none (programming the asserted level would fire at
     * once). Bank lock held.
     */
    void resetProgramming() {
        hardware = deliveringPhase;
        if (flipping && !emulatedActiveBoth && restsAsserted()) {
            hardware = hardware == levelLow ? levelHigh : levelLow;
        }
    }

    /** Whether the line reads asserted; false when the client cannot read pins (then the first phase stays). */
    private boolean restsAsserted() {
        try {
            return readsAsserted();
        } catch (dev.gpioint.status.NtStatusException cannotRead) {
            return false;
        }
    }

    /** Whether an assertion in the current programming is delivered to the ISRs (not the release of an edge). */
    boolean deliversNow() {
        return !flipping || emulatedActiveBoth || hardware == deliveringPhase;
    }

    /** Flips the programmed polarity of a flipping pin. Bank lock held; allocates nothing. */
    void flipPolarity() {
        hardware = hardware == levelLow ? levelHigh : levelLow;
        ClientWatchdog watchdog = controller.watchdog();
        long start = watchdog.now();
        controller.client().reconfigureInterrupt(bank.index, bankPin, InterruptMode.LEVEL, hardware.polarity());
        watchdog.check(start, "CLIENT_ReconfigureInterrupt", bank.index);
    }

    /** Starts the debounce timer for an assertion; the pin stays masked until it expires. */
    void armDebounce() {
        controller.machine().schedule(debounceTimeout, debounceTimerAction);
    }

    /** The timer expired (PASSIVE, on a worker): deliver if still asserted, else drop the glitch. */
    private void debounceExpired() {
        if (!bank.isLive()) {
            return; // the controller stopped or failed while the timer ran
        }
        bank.lock();
        try {
            if ((bank.enabledMask & bit) == 0) {
                return;
            }
            try {
                ClientWatchdog watchdog = controller.watchdog();
                long start = watchdog.now();
                boolean stillAsserted = (controller.client().queryActiveInterrupts(bank.index, bit) & bit) != 0;
                if (watchdog.check(start, "CLIENT_QueryActiveInterrupts (the debounce check)", bank.index) < 0) {
                    return; // the controller is failing: the pin stays masked
                }
                if (stillAsserted) {
                    // Unmasking a level that is still asserted raises the bank interrupt again, and this time the
                    // bank ISR delivers it at the controller's own IRQL.
                    debounceConfirmed = true;
                } else {
                    glitches++;
                }
                controller.unmask(this);
            } catch (RuntimeException failure) {
                controller.clientFailed("the debounce check", this, failure);
            }
        } finally {
            bank.unlock();
        }
    }

    /** Whether a level-on-edge pin still reads asserted. Bank lock held. */
    boolean readsAsserted() {
        ClientWatchdog watchdog = controller.watchdog();
        long start = watchdog.now();
        boolean high = (controller.client().readGpioPins(bank.index) & bit) != 0;
        if (watchdog.check(start, "CLIENT_ReadGpioPinsUsingMask", bank.index) < 0) {
            return false; // the controller is failing: stop redelivering
        }
        return high == (config.polarity() == Polarity.ACTIVE_HIGH);
    }

    /**
     * Peripheral-side view: an ActiveBoth or Edge pin behaves as an edge for its ISRs (each delivery is one
     * interrupt), a Level pin as a level, whatever the hardware is programmed as.
     */
    @Override
    public boolean isLevel() {
        return config.polarity() != Polarity.ACTIVE_BOTH && config.mode() == InterruptMode.LEVEL;
    }

    @Override
    public void maskForPassive() {
        // The bank ISR masked the pin before dispatch; remember to leave it masked until the passive ISR returns.
        passivePending = true;
    }

    @Override
    public void unmaskAfterPassive() {
        if (!bank.isLive()) {
            passivePending = false;
            return; // the controller stopped or failed while the passive ISR ran
        }
        bank.lock();
        try {
            passivePending = false;
            controller.unmaskOrDeclareStorm(this);
        } catch (RuntimeException failure) {
            controller.clientFailed("the unmask after a passive ISR", this, failure);
        } finally {
            bank.unlock();
        }
    }

    @Override
    public String describe() {
        return controller.path() + " pin " + number;
    }
}
