package dev.gpioint.gpio;

import dev.gpioint.driver.DevicePowerState;
import dev.gpioint.firmware.GpioInt;
import dev.gpioint.firmware.InterruptMode;
import dev.gpioint.firmware.NamePath;
import dev.gpioint.firmware.Polarity;
import dev.gpioint.firmware.Sharing;
import dev.gpioint.kernel.InterruptManager;
import dev.gpioint.kernel.InterruptSource;
import dev.gpioint.kernel.Irql;
import dev.gpioint.kernel.SecondaryInterruptProvider;
import dev.gpioint.resource.ResourceDescriptor;
import dev.gpioint.resource.ResourceList;
import dev.gpioint.status.NtStatus;
import dev.gpioint.status.NtStatusException;
import dev.gpioint.wdf.KmdfDeviceCallbacks;
import dev.gpioint.wdf.WdfDevice;
import dev.gpioint.wdf.WdfInterrupt;
import dev.gpioint.wdf.WdfInterruptConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The GPIO class extension's work for one controller device: it prepares the client, creates and connects one
 * interrupt per bank (the i-th interrupt resource serves bank i; a single resource serves every bank), owns a
 * range of secondary GSIVs (one per pin) and, when a bank interrupts, asks the client which pins are active,
 * clears edge pins, masks level pins, runs each pin's ISRs and unmasks what they silenced.
 *
 * <p>The bank ISR allocates nothing. Level pins whose ISRs return and leave them asserted are counted; after
 * the storm threshold the pin stays masked and the storm is reported with the pin and its consumers.
 */
public final class GpioController implements KmdfDeviceCallbacks, SecondaryInterruptProvider {
    private final WdfDevice device;
    private final GpioControllerClient client;
    private final InterruptManager hal;
    private final int stormThreshold;
    private ControllerBasicInformation info;
    private GpioBank[] banks = new GpioBank[0];
    /** Indexed by controller-relative pin number, so the interrupt path finds a pin without boxing. */
    private GpioPin[] pins = new GpioPin[0];
    private long gsivBase = -1;
    private int bankIrql = Irql.DIRQL_MIN;
    private boolean started;
    private boolean everStarted;
    private Set<Integer> activeHighBothPins = Set.of();

    GpioController(WdfDevice device, GpioControllerClient client, InterruptManager hal, int stormThreshold) {
        this.device = device;
        this.client = client;
        this.hal = hal;
        this.stormThreshold = stormThreshold;
    }

    public NamePath path() {
        return device.path();
    }

    GpioControllerClient client() {
        return client;
    }

    int pinsPerBank() {
        return info.pinsPerBank();
    }

    /** The controller's size and attributes; known once prepared. */
    public ControllerBasicInformation information() {
        if (info == null) {
            throw new IllegalStateException(path() + " is not prepared");
        }
        return info;
    }

    /** Whether the controller is in D0 with its bank interrupts connected. */
    public boolean isStarted() {
        return started;
    }

    /** The first secondary GSIV of this controller's range. */
    public long gsivBase() {
        return gsivBase;
    }

    /**
     * Declares which ActiveBoth pins assert high (what the controller's {@code _DSM} function 1 returns); every
     * other ActiveBoth pin is assumed to assert low. Call before consumers start.
     */
    public void setActiveBothAssertHighPins(Set<Integer> pinNumbers) {
        activeHighBothPins = Set.copyOf(pinNumbers);
    }

    Polarity initialActiveBothPolarity(int pin) {
        return activeHighBothPins.contains(pin) ? Polarity.ACTIVE_HIGH : Polarity.ACTIVE_LOW;
    }

    @Override
    public void prepareHardware(WdfDevice wdfDevice, ResourceList raw, ResourceList translated) {
        client.prepareController(wdfDevice, raw, translated);
        info = client.queryControllerBasicInformation();
        int bankCount = info.bankCount();
        pins = new GpioPin[info.totalPins()];
        banks = new GpioBank[bankCount];
        for (int b = 0; b < bankCount; b++) {
            int first = b * info.pinsPerBank();
            banks[b] = new GpioBank(b, Math.min(info.pinsPerBank(), info.totalPins() - first));
        }
        List<Integer> interruptIndexes = new ArrayList<>();
        for (int i = 0; i < translated.size(); i++) {
            if (translated.get(i).isInterrupt()) {
                interruptIndexes.add(i);
            }
        }
        if (!interruptIndexes.isEmpty()) {
            if (interruptIndexes.size() != 1 && interruptIndexes.size() < bankCount) {
                throw new NtStatusException(NtStatus.DEVICE_CONFIGURATION_ERROR, path() + " has " + bankCount
                        + " banks but " + interruptIndexes.size() + " interrupt resources: list one per bank, in bank order");
            }
            boolean passive = !info.attributes().memoryMapped();
            int objects = interruptIndexes.size() == 1 ? 1 : bankCount;
            for (int o = 0; o < objects; o++) {
                int index = interruptIndexes.get(o);
                GpioBank[] served = objects == 1 ? banks : new GpioBank[] {banks[o]};
                ResourceDescriptor tr = translated.get(index);
                WdfInterrupt interrupt = device.createInterrupt(WdfInterruptConfig.init(new BankInterruptService(this, served), null)
                        .passiveHandling(passive).interruptRaw(raw.get(index)).interruptTranslated(tr));
                for (GpioBank bank : served) {
                    bank.interrupt = interrupt;
                }
                bankIrql = Math.max(bankIrql, tr.asInterrupt().level());
            }
        }
        gsivBase = hal.registerSecondaryProvider(this, info.totalPins());
    }

    @Override
    public void releaseHardware(WdfDevice wdfDevice, ResourceList translated) {
        client.releaseController();
    }

    @Override
    public void d0Entry(WdfDevice wdfDevice, DevicePowerState previous) {
        client.startController(everStarted, previous);
        everStarted = true;
    }

    @Override
    public void d0EntryPostInterruptsEnabled(WdfDevice wdfDevice, DevicePowerState previous) {
        started = true;
    }

    @Override
    public void d0ExitPreInterruptsDisabled(WdfDevice wdfDevice, DevicePowerState target) {
        started = false;
    }

    @Override
    public void d0Exit(WdfDevice wdfDevice, DevicePowerState target) {
        client.stopController(true, target);
    }

    /**
     * Reserves {@code config.pin()} for {@code consumer} and returns its secondary GSIV. Refused when the pin is
     * beyond the controller, or already used by another consumer unless both share it with the same trigger.
     */
    public synchronized long allocatePin(GpioInt config, NamePath consumer) {
        int pin = config.pin();
        if (info == null || !started) {
            throw new NtStatusException(NtStatus.DEVICE_NOT_READY, "GPIO controller " + path() + " is not started");
        }
        if (pin >= info.totalPins()) {
            throw new NtStatusException(NtStatus.INVALID_PARAMETER, "pin " + pin + " is beyond GPIO controller " + path()
                    + ", which has " + info.totalPins() + " pins (0.." + (info.totalPins() - 1) + ")");
        }
        if (config.polarity() == Polarity.ACTIVE_BOTH && config.mode() == InterruptMode.LEVEL) {
            throw new NtStatusException(NtStatus.INVALID_PARAMETER, "pin " + pin + " of " + path()
                    + ": ActiveBoth needs Edge mode, not Level");
        }
        GpioPin existing = pins[pin];
        if (existing != null) {
            GpioInt other = existing.config;
            if (other.sharing() != Sharing.SHARED || config.sharing() != Sharing.SHARED) {
                throw new NtStatusException(NtStatus.SHARING_VIOLATION, "pin " + pin + " of " + path() + " is already used by "
                        + existing.consumers + " and is not Shared by both");
            }
            if (other.mode() != config.mode() || other.polarity() != config.polarity()) {
                throw new NtStatusException(NtStatus.INVALID_PARAMETER, "pin " + pin + " of " + path() + " is shared as "
                        + other.mode() + " " + other.polarity() + " by " + existing.consumers + ", not " + config.mode() + " " + config.polarity());
            }
            existing.consumers.add(consumer);
            return gsivBase + pin;
        }
        GpioBank bank = banks[pin / info.pinsPerBank()];
        var created = new GpioPin(this, pin, bank, config, hal.secondaryVector(gsivBase + pin), info.attributes().emulateActiveBoth());
        created.consumers.add(consumer);
        pins[pin] = created;
        bank.pins[created.bankPin] = created;
        return gsivBase + pin;
    }

    /** Gives back a pin {@code consumer} reserved but will not use (its start failed). */
    public synchronized void releasePin(int pin, NamePath consumer) {
        GpioPin state = pin >= 0 && pin < pins.length ? pins[pin] : null;
        if (state == null || !state.consumers.remove(consumer)) {
            return;
        }
        if (state.consumers.isEmpty() && (state.bank.enabledMask & state.bit) == 0) {
            pins[pin] = null;
            state.bank.pins[state.bankPin] = null;
        }
    }

    /** The DIRQL of the bank interrupts: the level ISRs of pins run at. */
    @Override
    public int irql(int pin) {
        return bankIrql;
    }

    @Override
    public String name() {
        return "GPIO controller " + path();
    }

    @Override
    public boolean allowsDirql(int pin) {
        return info.attributes().memoryMapped();
    }

    @Override
    public void enablePin(int pin) {
        GpioPin state = pinState(pin);
        if (state.config.polarity() == Polarity.ACTIVE_BOTH && !state.emulatedActiveBoth) {
            // The client is asked for ActiveBoth itself; a client that cannot do it refuses with NOT_SUPPORTED.
        }
        GpioBank bank = state.bank;
        bank.lock();
        try {
            client.enableInterrupt(state.hardware);
            bank.enabledMask |= state.bit;
            if (state.hardwareLevel()) {
                bank.edgeMask &= ~state.bit;
            } else {
                bank.edgeMask |= state.bit;
            }
            bank.maskedMask &= ~state.bit;
            state.repeats = 0;
            state.passivePending = false;
        } finally {
            bank.unlock();
        }
    }

    @Override
    public void disablePin(int pin) {
        GpioPin state = pinState(pin);
        GpioBank bank = state.bank;
        bank.lock();
        try {
            client.disableInterrupt(bank.index, state.bankPin);
            bank.enabledMask &= ~state.bit;
            bank.maskedMask &= ~state.bit;
            state.passivePending = false;
        } finally {
            bank.unlock();
        }
    }

    @Override
    public InterruptSource source(int pin) {
        // The HAL builds a pin's vector when the range is registered, before any pin is allocated: the source
        // is resolved lazily through this controller.
        return new PinSourceHandle(this, pin);
    }

    GpioPin pinState(int pin) {
        GpioPin state = pin >= 0 && pin < pins.length ? pins[pin] : null;
        if (state == null) {
            throw new NtStatusException(NtStatus.INVALID_PARAMETER, "pin " + pin + " of " + path() + " was not allocated to any consumer");
        }
        return state;
    }

    /** Services the banks behind one bank interrupt; runs at the bank's IRQL with its lock held. */
    boolean serviceBanks(GpioBank[] served) {
        boolean any = false;
        boolean autoClear = info.attributes().activeInterruptsAutoClearOnRead();
        for (GpioBank bank : served) {
            long enabled = bank.enabledMask & ~bank.maskedMask;
            if (enabled == 0) {
                continue;
            }
            long active = client.queryActiveInterrupts(bank.index, enabled) & enabled;
            if (active == 0) {
                continue;
            }
            any = true;
            long edges = active & bank.edgeMask;
            long levels = active & ~bank.edgeMask;
            if (edges != 0 && !autoClear) {
                client.clearActiveInterrupts(bank.index, edges);
            }
            if (levels != 0) {
                client.maskInterrupts(bank.index, levels);
                bank.maskedMask |= levels;
            }
            long remaining = active;
            while (remaining != 0) {
                int bankPin = Long.numberOfTrailingZeros(remaining);
                remaining &= remaining - 1;
                GpioPin pin = bank.pins[bankPin];
                pin.vector.dispatch();
                if (pin.emulatedActiveBoth) {
                    pin.flipPolarity();
                    unmask(pin);
                } else if (pin.hardwareLevel() && !pin.passivePending) {
                    unmaskOrDeclareStorm(pin);
                }
            }
        }
        return any;
    }

    private void unmask(GpioPin pin) {
        pin.bank.maskedMask &= ~pin.bit;
        client.unmaskInterrupt(pin.hardware);
    }

    /**
     * Unmasks a serviced level pin unless it is still asserted for the storm-threshold-th time in a row, in
     * which case it stays masked and the storm is reported. Bank lock held.
     */
    void unmaskOrDeclareStorm(GpioPin pin) {
        if ((pin.bank.enabledMask & pin.bit) == 0) {
            return; // disabled meanwhile
        }
        boolean stillActive = (client.queryActiveInterrupts(pin.bank.index, pin.bit) & pin.bit) != 0;
        if (!stillActive) {
            pin.repeats = 0;
        } else if (++pin.repeats >= stormThreshold) {
            hal.reportSecondaryStorm(pin.vector, pin.repeats);
            return;
        }
        unmask(pin);
    }

    /** The source a pin's vector sees, resolved when used (pins are allocated after the range exists). */
    private record PinSourceHandle(GpioController controller, int pin) implements InterruptSource {
        @Override
        public boolean isLevel() {
            return controller.pinState(pin).isLevel();
        }

        @Override
        public void maskForPassive() {
            controller.pinState(pin).maskForPassive();
        }

        @Override
        public void unmaskAfterPassive() {
            controller.pinState(pin).unmaskAfterPassive();
        }

        @Override
        public String describe() {
            return controller.path() + " pin " + pin;
        }
    }
}
