package dev.gpioint.gpio;

import dev.gpioint.driver.DevicePowerState;
import dev.gpioint.firmware.GpioInt;
import dev.gpioint.firmware.InterruptMode;
import dev.gpioint.firmware.NamePath;
import dev.gpioint.firmware.Polarity;
import dev.gpioint.firmware.Sharing;
import dev.gpioint.firmware.GpioIo;
import dev.gpioint.firmware.IoRestriction;
import dev.gpioint.kernel.InterruptManager;
import dev.gpioint.kernel.InterruptSource;
import dev.gpioint.kernel.Irql;
import dev.gpioint.kernel.Machine;
import dev.gpioint.kernel.MachineEvent;
import dev.gpioint.kernel.SecondaryInterruptProvider;
import dev.gpioint.kernel.Verifier;
import dev.gpioint.resource.InterruptFlags;
import dev.gpioint.resource.ResourceDescriptor;
import dev.gpioint.resource.ResourceList;
import dev.gpioint.status.NtStatus;
import dev.gpioint.status.NtStatusException;
import dev.gpioint.wdf.KmdfDeviceCallbacks;
import dev.gpioint.wdf.WdfDevice;
import dev.gpioint.wdf.WdfInterrupt;
import dev.gpioint.wdf.WdfInterruptConfig;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The GPIO class extension's work for one controller device: it prepares the client, binds the controller's
 * interrupt resources to its banks, creates and connects one interrupt per bound resource, owns a range of
 * secondary GSIVs (one per pin) and, when a bank interrupts, asks the client which pins are active, clears edge
 * pins, masks level pins, runs each pin's ISRs and unmasks what they silenced.
 *
 * <p>The binding is the client's answer to {@link GpioControllerClient#queryBankInterruptBinding} when it gives one
 * (a resource may serve several banks; a bank bound to none refuses interrupt connections on its pins); otherwise
 * the extension's own rule: a single interrupt resource serves every bank, or the i-th serves bank i.
 *
 * <p>The bank ISR allocates nothing. Level pins whose ISRs return and leave them asserted are counted; after
 * the storm threshold the pin stays masked and the storm is reported with the pin and its consumers. A bank
 * interrupt with no active enabled pin makes the extension ask a client that can report it which pins its
 * hardware has enabled: pins the extension never enabled are masked and the drift is reported.
 *
 * <p>Which ActiveBoth pins assert high comes from the controller device's {@code _DSD} property
 * {@value #ACTIVE_BOTH_ASSERT_HIGH_PROPERTY} (a package of controller-relative pin numbers), gpioint's stand-in
 * for the controller's {@code _DSM} function 1; it is read when the controller is prepared.
 */
public final class GpioController implements KmdfDeviceCallbacks, SecondaryInterruptProvider {
    /** The {@code _DSD} property listing the ActiveBoth pins that assert high (windows.md 2.4, {@code _DSM} 1). */
    public static final String ACTIVE_BOTH_ASSERT_HIGH_PROPERTY = "gpioint,active-both-assert-high";
    /** A bank's resource index when no interrupt resource serves it. */
    private static final int UNBOUND = -1;

    private final WdfDevice device;
    private final Machine machine;
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
    private boolean canWake;
    /** The client released its hardware (the controller stopped or failed): pins can no longer be programmed. */
    private volatile boolean released;
    private long driftReports;
    private final List<GpioIoConnection> openIo = new ArrayList<>();
    private final ClientWatchdog watchdog;

    GpioController(WdfDevice device, GpioControllerClient client, Machine machine) {
        this.device = device;
        this.client = client;
        this.machine = machine;
        this.watchdog = new ClientWatchdog(machine, device);
        this.hal = machine.interrupts();
        this.stormThreshold = machine.options().stormThreshold();
    }

    Machine machine() {
        return machine;
    }

    /**
     * Whether a wake-capable GpioInt on this controller can wake anything: true when one of the controller's own
     * interrupt resources is wake-capable (ExclusiveAndWake/SharedAndWake); when the client bound the resources to
     * banks, one of those that serve a bank. Known once prepared.
     */
    public boolean canWake() {
        return canWake;
    }

    /** How many times the client's hardware enable state was found to differ from the extension's. */
    public synchronized long driftReports() {
        return driftReports;
    }

    /** Glitches the extension's debounce dropped on {@code pin} (0 for a pin not allocated or not debounced). */
    public long debounceGlitches(int pin) {
        GpioPin state = pin >= 0 && pin < pins.length ? pins[pin] : null;
        return state == null ? 0 : state.glitches;
    }

    public NamePath path() {
        return device.path();
    }

    GpioControllerClient client() {
        return client;
    }

    /** The bound on this controller's client callbacks. */
    ClientWatchdog watchdog() {
        return watchdog;
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
        released = false;
        readActiveBothAssertHigh(wdfDevice.properties());
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
        Optional<BankInterruptBinding> answered = client.queryBankInterruptBinding(raw, translated, bankCount);
        int[] bankResource = answered.isPresent() ? checkedBinding(answered.get(), translated, bankCount)
                : defaultBinding(interruptIndexes, bankCount);
        // Under the extension's own rule every interrupt resource of the controller counts for wake; under a client's
        // binding only the resources that serve a bank do (the others are ignored).
        canWake = false;
        for (int index : answered.isPresent() ? boundResources(bankResource) : interruptIndexes) {
            if ((translated.get(index).flags() & InterruptFlags.WAKE_HINT) != 0) {
                canWake = true;
            }
        }
        boolean passive = !info.attributes().memoryMapped();
        // One interrupt object per bound resource, in resource order, serving exactly the banks bound to it.
        for (int index : boundResources(bankResource)) {
            var served = new ArrayList<GpioBank>();
            for (int b = 0; b < bankCount; b++) {
                if (bankResource[b] == index) {
                    served.add(banks[b]);
                }
            }
            ResourceDescriptor tr = translated.get(index);
            WdfInterrupt interrupt = device.createInterrupt(WdfInterruptConfig.init(
                            new BankInterruptService(this, served.toArray(GpioBank[]::new)), null)
                    .passiveHandling(passive).interruptRaw(raw.get(index)).interruptTranslated(tr));
            for (GpioBank bank : served) {
                bank.interrupt = interrupt;
            }
            bankIrql = Math.max(bankIrql, tr.asInterrupt().level());
        }
        if (answered.isPresent()) {
            for (int b = 0; b < bankCount; b++) {
                banks[b].unbound = bankResource[b] == UNBOUND;
            }
        }
        gsivBase = hal.registerSecondaryProvider(this, info.totalPins());
    }

    /**
     * The class extension's own rule, for a client that does not describe its binding: a single interrupt resource
     * serves every bank; at least one per bank, the i-th serves bank i (any more are ignored); none, no bank has an
     * interrupt. Any other count fails the controller: which banks the interrupts would serve is unknown.
     */
    private int[] defaultBinding(List<Integer> interruptIndexes, int bankCount) {
        int[] bankResource = new int[bankCount];
        int count = interruptIndexes.size();
        if (count > 1 && count < bankCount) {
            throw new NtStatusException(NtStatus.DEVICE_CONFIGURATION_ERROR, path() + " has " + bankCount + " banks but "
                    + count + " interrupt resources, and its client does not bind them to banks "
                    + "(QueryBankInterruptBindingInformation): list one per bank, in bank order, or one for every bank");
        }
        for (int b = 0; b < bankCount; b++) {
            bankResource[b] = count == 0 ? UNBOUND : interruptIndexes.get(count == 1 ? 0 : b);
        }
        return bankResource;
    }

    /**
     * The client's binding as resource indexes per bank ({@link #UNBOUND} for the reserved index), after checking
     * it as GpioClx documents it: one entry per bank, each the index of an interrupt resource in the lists or
     * {@link BankInterruptBinding#RESERVED_INDEX}. A binding that breaks this fails the controller.
     */
    private int[] checkedBinding(BankInterruptBinding binding, ResourceList translated, int bankCount) {
        if (binding.bankCount() != bankCount) {
            throw new NtStatusException(NtStatus.DEVICE_CONFIGURATION_ERROR, path() + ": the client's bank interrupt binding "
                    + "has " + binding.bankCount() + " entries for " + bankCount + " banks");
        }
        int[] bankResource = new int[bankCount];
        for (int b = 0; b < bankCount; b++) {
            int index = binding.resourceIndex(b);
            if (index == BankInterruptBinding.RESERVED_INDEX) {
                bankResource[b] = UNBOUND;
            } else if (index >= 0 && index < translated.size() && translated.get(index).isInterrupt()) {
                bankResource[b] = index;
            } else {
                throw new NtStatusException(NtStatus.DEVICE_CONFIGURATION_ERROR, path() + ": the client binds bank " + b
                        + " to resource " + Integer.toUnsignedString(index) + ", which is not an interrupt resource (the list has "
                        + translated.size() + " resources; an entry must index an interrupt resource or be 0xFFFF for none)");
            }
        }
        return bankResource;
    }

    /** The distinct resource indexes {@code bankResource} binds, ascending. */
    private static List<Integer> boundResources(int[] bankResource) {
        var bound = new TreeSet<Integer>();
        for (int index : bankResource) {
            if (index != UNBOUND) {
                bound.add(index);
            }
        }
        return List.copyOf(bound);
    }

    private void readActiveBothAssertHigh(Map<String, Object> properties) {
        Object value = properties.get(ACTIVE_BOTH_ASSERT_HIGH_PROPERTY);
        if (value == null) {
            return;
        }
        List<?> listed = value instanceof List<?> list ? list : List.of(value);
        var high = new LinkedHashSet<Integer>();
        for (Object pin : listed) {
            if (!(pin instanceof Long number) || number < 0 || number > 0xFFFF) {
                // GpioClx bugchecks 0x138 (parameter 7) on a malformed _DSM; here the controller fails to start.
                throw new NtStatusException(NtStatus.DEVICE_CONFIGURATION_ERROR, path() + ": _DSD property "
                        + ACTIVE_BOTH_ASSERT_HIGH_PROPERTY + " must be a package of pin numbers, not " + value);
            }
            high.add(number.intValue());
        }
        activeHighBothPins = Set.copyOf(high);
    }

    @Override
    public void releaseHardware(WdfDevice wdfDevice, ResourceList translated) {
        released = true;
        client.releaseController();
    }

    /**
     * A client callback the extension made on its own (a debounce timer, the unmask after a passive ISR) failed:
     * the controller's hardware cannot be trusted, so the controller device is failed with a report naming the
     * callback, the pin and the error. The pin stays masked. Any IRQL.
     */
    void clientFailed(String callback, GpioPin pin, RuntimeException failure) {
        device.setFailed("the GPIO client of " + path() + " failed in " + callback + " for pin " + pin.number + ": "
                + failure.getMessage());
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
        ControllerAttributes attributes = info.attributes();
        if (config.mode() == InterruptMode.LEVEL && !attributes.levelInterrupts() && attributes.emulateDebouncing()
                && config.debounceHundredthsMs() > 0) {
            throw new NtStatusException(NtStatus.NOT_SUPPORTED, "pin " + pin + " of " + path() + ": a debounced Level interrupt "
                    + "cannot be emulated on a controller that detects only edges");
        }
        GpioBank bank = banks[pin / info.pinsPerBank()];
        var created = new GpioPin(this, pin, bank, config, hal.secondaryVector(gsivBase + pin), attributes);
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

    /**
     * Enables {@code pin} for the first interrupt object that connects to it. Refused with STATUS_NOT_SUPPORTED when
     * the client bound the pin's bank to no interrupt, STATUS_DEVICE_NOT_READY when the controller stopped or failed,
     * and with the client's own status when it cannot program the trigger.
     */
    @Override
    public void enablePin(int pin) {
        GpioPin state = pinState(pin);
        if (state.bank.unbound) {
            // GpioClx's status for this case is not documented. Inferred: the request is well formed and the pin
            // exists (its I/O still works), but this controller cannot deliver an interrupt from the bank, so the
            // connect is refused as a capability the controller lacks, the way a client refuses a trigger it cannot
            // detect: STATUS_NOT_SUPPORTED.
            throw new NtStatusException(NtStatus.NOT_SUPPORTED, "GPIO controller " + path() + " cannot deliver interrupts "
                    + "from pin " + pin + ": its bank " + state.bank.index + " is bound to no interrupt resource by the "
                    + "controller's client (bank interrupt binding 0xFFFF)");
        }
        if (released || !state.bank.isLive()) {
            throw new NtStatusException(NtStatus.DEVICE_NOT_READY, "GPIO controller " + path() + " has stopped or failed: pin "
                    + pin + " cannot be enabled");
        }
        // A pin not emulated asks the client for its own trigger (ActiveBoth included); a client that cannot
        // do it refuses with NOT_SUPPORTED, which refuses the connect.
        GpioBank bank = state.bank;
        bank.lock();
        try {
            state.resetProgramming();
            long start = watchdog.now();
            client.enableInterrupt(state.hardware);
            watchdog.check(start, "CLIENT_EnableInterrupt", bank.index);
            bank.enabledMask |= state.bit;
            if (state.hardwareLevel()) {
                bank.edgeMask &= ~state.bit;
            } else {
                bank.edgeMask |= state.bit;
            }
            bank.maskedMask &= ~state.bit;
            state.repeats = 0;
            state.passivePending = false;
            state.debounceConfirmed = false;
        } finally {
            bank.unlock();
        }
    }

    @Override
    public void disablePin(int pin) {
        GpioPin state = pinState(pin);
        GpioBank bank = state.bank;
        if (released || !bank.isLive()) {
            // The controller stopped or failed: its hardware is gone and no bank ISR can run; forget the pin.
            bank.enabledMask &= ~state.bit;
            bank.maskedMask &= ~state.bit;
            state.passivePending = false;
            return;
        }
        bank.lock();
        try {
            long start = watchdog.now();
            client.disableInterrupt(bank.index, state.bankPin);
            watchdog.check(start, "CLIENT_DisableInterrupt", bank.index);
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

    /**
     * Services an active pin that the extension emulates something for (debounce, flipped polarity, level on
     * edge hardware); {@link BankInterruptService} services the others itself. Bank lock held.
     */
    void serviceEmulatedPin(GpioPin pin) {
        if (pin.debounced && !pin.debounceConfirmed) {
            pin.armDebounce(); // the pin is a level in hardware and stays masked until the timer decides
            return;
        }
        pin.debounceConfirmed = false;
        if (pin.flipping) {
            if (pin.deliversNow()) {
                pin.vector.dispatch();
            }
            pin.flipPolarity();
            unmask(pin);
        } else {
            pin.vector.dispatch();
            if (pin.levelOnEdge) {
                if (!pin.passivePending) {
                    redeliverWhileAsserted(pin);
                }
            } else if (pin.hardwareLevel() && !pin.passivePending) {
                unmaskOrDeclareStorm(pin);
            }
        }
    }

    /**
     * Level emulated on edge hardware: the edge does not come again while the line stays asserted, so the
     * extension delivers again as long as the pin reads asserted, up to the storm threshold. Bank lock held.
     */
    private void redeliverWhileAsserted(GpioPin pin) {
        while (pin.readsAsserted()) {
            if (++pin.repeats >= stormThreshold) {
                declareStorm(pin);
                return;
            }
            pin.vector.dispatch();
            if (pin.passivePending) {
                return; // the passive ISR's return continues the check
            }
        }
        pin.repeats = 0;
    }

    private void declareStorm(GpioPin pin) {
        long start = watchdog.now();
        client.maskInterrupts(pin.bank.index, pin.bit);
        watchdog.check(start, "CLIENT_MaskInterrupts", pin.bank.index);
        pin.bank.maskedMask |= pin.bit;
        hal.reportSecondaryStorm(pin.vector, pin.repeats);
    }

    /**
     * A bank interrupt with no active pin among those the extension enabled: if the client can say which pins
     * its hardware has enabled, mask the ones the extension never enabled (they would storm with no ISR to
     * silence them) and report the drift. Off the normal path, so it may allocate its message.
     */
    void checkEnabledDrift(GpioBank[] served) {
        if (!client.supportsQueryEnabledInterrupts()) {
            return;
        }
        for (GpioBank bank : served) {
            long start = watchdog.now();
            long hardwareEnabled = client.queryEnabledInterrupts(bank.index);
            if (watchdog.check(start, "CLIENT_QueryEnabledInterrupts", bank.index) < 0) {
                return;
            }
            long stray = hardwareEnabled & ~bank.enabledMask;
            long lost = bank.enabledMask & ~hardwareEnabled;
            if (stray != 0) {
                client.maskInterrupts(bank.index, stray);
            }
            if (stray != 0 || lost != 0) {
                synchronized (this) {
                    driftReports++;
                }
                machine.log().add(path().toString(), MachineEvent.Kind.FAILURE, "GPIO bank " + bank.index
                        + ": the client's hardware enable state drifted from the class extension's"
                        + (stray != 0 ? "; enabled without a consumer (masked): pins " + pinList(bank, stray) : "")
                        + (lost != 0 ? "; disabled behind the extension's back: pins " + pinList(bank, lost) : ""));
            }
        }
    }

    private List<Integer> pinList(GpioBank bank, long mask) {
        var list = new ArrayList<Integer>();
        for (long m = mask; m != 0; m &= m - 1) {
            list.add(bank.index * info.pinsPerBank() + Long.numberOfTrailingZeros(m));
        }
        return list;
    }

    void unmask(GpioPin pin) {
        pin.bank.maskedMask &= ~pin.bit;
        long start = watchdog.now();
        client.unmaskInterrupt(pin.hardware);
        watchdog.check(start, "CLIENT_UnmaskInterrupt", pin.bank.index);
    }

    /**
     * Unmasks a serviced level pin unless it is still asserted for the storm-threshold-th time in a row, in
     * which case it stays masked and the storm is reported. A level emulated on edge hardware is delivered
     * again instead, as the hardware will not repeat it. Bank lock held.
     */
    void unmaskOrDeclareStorm(GpioPin pin) {
        if ((pin.bank.enabledMask & pin.bit) == 0) {
            return; // disabled meanwhile
        }
        if (pin.levelOnEdge) {
            if (!pin.readsAsserted()) {
                pin.repeats = 0;
            } else if (++pin.repeats >= stormThreshold) {
                declareStorm(pin);
            } else {
                pin.vector.dispatch();
            }
            return;
        }
        long start = watchdog.now();
        boolean stillActive = (client.queryActiveInterrupts(pin.bank.index, pin.bit) & pin.bit) != 0;
        if (watchdog.check(start, "CLIENT_QueryActiveInterrupts", pin.bank.index) < 0) {
            return; // the controller is failing: leave the pin masked
        }
        if (!stillActive) {
            pin.repeats = 0;
        } else if (++pin.repeats >= stormThreshold) {
            hal.reportSecondaryStorm(pin.vector, pin.repeats);
            return;
        }
        unmask(pin);
    }

    // ---- GpioIo ----

    /**
     * Opens a GpioIo connection for {@code access}. Refused with STATUS_GPIO_OPERATION_DENIED when the
     * descriptor's IoRestriction forbids the direction, STATUS_INVALID_PARAMETER for a pin beyond the controller,
     * STATUS_SHARING_VIOLATION when the connection is open already or an open Exclusive connection holds one of
     * its pins. PASSIVE_LEVEL.
     */
    public synchronized GpioIoTarget openIo(long connectionId, GpioIo descriptor, GpioIoAccess access) {
        Verifier.requireIrql(Irql.PASSIVE, "WdfIoTargetOpen");
        if (info == null || !started) {
            throw new NtStatusException(NtStatus.DEVICE_NOT_READY, "GPIO controller " + path() + " is not started");
        }
        for (int pin : descriptor.pins()) {
            if (pin >= info.totalPins()) {
                throw new NtStatusException(NtStatus.INVALID_PARAMETER, "GpioIo pin " + pin + " is beyond GPIO controller " + path()
                        + ", which has " + info.totalPins() + " pins");
            }
        }
        if ((access.canWrite() && descriptor.ioRestriction() == IoRestriction.INPUT_ONLY)
                || (access.canRead() && descriptor.ioRestriction() == IoRestriction.OUTPUT_ONLY)) {
            throw new NtStatusException(NtStatus.GPIO_OPERATION_DENIED, "GpioIo pins " + descriptor.pins() + " of " + path()
                    + " are " + descriptor.ioRestriction() + " and cannot be opened for " + access);
        }
        for (GpioIoConnection other : openIo) {
            if (other.connectionId() == connectionId) {
                throw new NtStatusException(NtStatus.SHARING_VIOLATION, "GpioIo connection " + connectionId + " is already open");
            }
            boolean overlap = other.pins().stream().anyMatch(descriptor.pins()::contains);
            if (overlap && (other.descriptor().sharing() != Sharing.SHARED || descriptor.sharing() != Sharing.SHARED)) {
                throw new NtStatusException(NtStatus.SHARING_VIOLATION, "GpioIo pins " + descriptor.pins() + " of " + path()
                        + " overlap open Exclusive connection " + other.connectionId() + " " + other.pins());
            }
        }
        var connection = new GpioIoConnection(this, connectionId, descriptor, access);
        openIo.add(connection);
        return connection;
    }

    synchronized void closed(GpioIoConnection connection) {
        openIo.remove(connection);
    }

    long readPins(List<Integer> pinNumbers) {
        long values = 0;
        for (int i = 0; i < pinNumbers.size(); i++) {
            int pin = pinNumbers.get(i);
            GpioBank bank = banks[pin / info.pinsPerBank()];
            long levels = ioLocked(bank, "CLIENT_ReadGpioPinsUsingMask", () -> client.readGpioPins(bank.index));
            if ((levels & (1L << (pin % info.pinsPerBank()))) != 0) {
                values |= 1L << i;
            }
        }
        return values;
    }

    void writePins(List<Integer> pinNumbers, long values) {
        for (int i = 0; i < pinNumbers.size(); i++) {
            int pin = pinNumbers.get(i);
            GpioBank bank = banks[pin / info.pinsPerBank()];
            long bit = 1L << (pin % info.pinsPerBank());
            boolean high = (values & (1L << i)) != 0;
            ioLocked(bank, "CLIENT_WriteGpioPinsUsingMask", () -> {
                client.writeGpioPins(bank.index, high ? bit : 0, high ? 0 : bit);
                return 0L;
            });
        }
    }

    /** I/O takes the bank lock unless the hardware keeps I/O independent of interrupts. */
    private long ioLocked(GpioBank bank, String callback, java.util.function.LongSupplier io) {
        if (info.attributes().independentIoHwSupported()) {
            return timedIo(bank, callback, io);
        }
        bank.lock();
        try {
            return timedIo(bank, callback, io);
        } finally {
            bank.unlock();
        }
    }

    private long timedIo(GpioBank bank, String callback, java.util.function.LongSupplier io) {
        long start = watchdog.now();
        long result = io.getAsLong();
        watchdog.check(start, callback, bank.index);
        return result;
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
