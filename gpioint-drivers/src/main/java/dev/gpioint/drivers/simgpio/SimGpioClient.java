package dev.gpioint.drivers.simgpio;

import dev.gpioint.driver.DevicePowerState;
import dev.gpioint.firmware.InterruptMode;
import dev.gpioint.firmware.Polarity;
import dev.gpioint.gpio.ControllerAttributes;
import dev.gpioint.gpio.ControllerBasicInformation;
import dev.gpioint.gpio.GpioControllerClient;
import dev.gpioint.gpio.GpioInterruptParameters;
import dev.gpioint.kernel.RegisterWindow;
import dev.gpioint.resource.ResourceDescriptor;
import dev.gpioint.resource.ResourceList;
import dev.gpioint.resource.ResourceType;
import dev.gpioint.status.NtStatus;
import dev.gpioint.status.NtStatusException;
import dev.gpioint.wdf.WdfDevice;

/**
 * The controller client for a SimGpio-style memory-mapped controller (4 banks x 32 pins): it touches only the
 * registers; the class extension owns the state machine. By default it asks the extension to emulate ActiveBoth
 * (and so refuses ActiveBoth itself), and on its first start disables interrupts firmware left enabled. The
 * controller device's {@code _DSD} can declare other capabilities (native ActiveBoth, emulated debouncing, only
 * edge or only level detection) so boards can exercise each of the extension's emulations.
 */
public final class SimGpioClient implements GpioControllerClient {
    static final int BANKS = 4;
    static final int PINS_PER_BANK = 32;
    private static final int STRIDE = 0x40;
    private static final int MODE = 0x00;
    private static final int POLARITY = 0x04;
    private static final int BOTH_EDGES = 0x08;
    private static final int ENABLE = 0x0C;
    private static final int MASK = 0x10;
    private static final int STATUS = 0x14;
    private static final int CLEAR = 0x18;
    private static final int LEVEL = 0x1C;
    private static final int DIRECTION = 0x20;
    private static final int OUTPUT = 0x24;

    /** {@code _DSD} property: 0 to have the client detect ActiveBoth natively (both-edges latch); default 1. */
    public static final String EMULATE_ACTIVE_BOTH_PROPERTY = "gpioint,emulate-active-both";
    /** {@code _DSD} property: 1 to have the class extension debounce (the hardware cannot); default 0. */
    public static final String EMULATE_DEBOUNCING_PROPERTY = "gpioint,emulate-debouncing";
    /**
     * {@code _DSD} property: the trigger modes the client declares, "edge", "level" or "edge-level" (default): a
     * board can make the class extension emulate the missing one.
     */
    public static final String TRIGGER_MODES_PROPERTY = "gpioint,trigger-modes";

    /**
     * {@code _DSD} property: a hardware fault to inject. {@code "query-active-fail N"}: the N-th
     * CLIENT_QueryActiveInterrupts fails with STATUS_IO_DEVICE_ERROR (the bank's registers stopped answering).
     * {@code "query-active-stall N US"}: the N-th CLIENT_QueryActiveInterrupts busy-waits US microseconds
     * ({@code KeStallExecutionProcessor}) before it answers: a client stuck polling a register that never
     * settles. A stall longer than the machine's client-callback bound stands for one that never returns.
     */
    public static final String FAULT_PROPERTY = "gpioint,client-fault";

    private RegisterWindow registers;
    private WdfDevice device;
    private long failQueryActiveAt;
    private long stallQueryActiveAt;
    private long stallMicros;
    private long queryActiveCalls;
    private ControllerAttributes attributes = ControllerAttributes.memoryMappedController().withEmulateActiveBoth(true);

    @Override
    public void prepareController(WdfDevice device, ResourceList raw, ResourceList translated) {
        ResourceDescriptor memory = null;
        int interrupts = 0;
        for (ResourceDescriptor descriptor : translated) {
            if (descriptor.type() == ResourceType.MEMORY && memory == null) {
                memory = descriptor;
            } else if (descriptor.isInterrupt()) {
                interrupts++;
            }
        }
        if (memory == null) {
            throw new NtStatusException(NtStatus.DEVICE_CONFIGURATION_ERROR, device.path() + ": SimGpio needs a memory resource for its registers");
        }
        if (interrupts < BANKS) {
            throw new NtStatusException(NtStatus.DEVICE_CONFIGURATION_ERROR, device.path() + ": SimGpio needs " + BANKS
                    + " interrupt resources, one per bank; the firmware gives " + interrupts);
        }
        attributes = attributes(device);
        this.device = device;
        readFault(device);
        registers = device.mapIoSpace(memory);
    }

    private static ControllerAttributes attributes(WdfDevice device) {
        var properties = device.properties();
        boolean emulateBoth = flag(device, properties.get(EMULATE_ACTIVE_BOTH_PROPERTY), EMULATE_ACTIVE_BOTH_PROPERTY, true);
        boolean emulateDebounce = flag(device, properties.get(EMULATE_DEBOUNCING_PROPERTY), EMULATE_DEBOUNCING_PROPERTY, false);
        Object modes = properties.getOrDefault(TRIGGER_MODES_PROPERTY, "edge-level");
        var base = ControllerAttributes.memoryMappedController().withEmulateActiveBoth(emulateBoth).withEmulateDebouncing(emulateDebounce);
        return switch (modes instanceof String text ? text : "") {
            case "edge-level" -> base;
            case "edge" -> base.withInterruptModes(true, false);
            case "level" -> base.withInterruptModes(false, true);
            default -> throw new NtStatusException(NtStatus.DEVICE_CONFIGURATION_ERROR, device.path() + ": _DSD property "
                    + TRIGGER_MODES_PROPERTY + " is \"edge\", \"level\" or \"edge-level\", not " + modes);
        };
    }

    private void readFault(WdfDevice device) {
        failQueryActiveAt = 0;
        stallQueryActiveAt = 0;
        Object value = device.properties().get(FAULT_PROPERTY);
        if (value == null) {
            return;
        }
        String[] words = value instanceof String text ? text.trim().split("\\s+") : new String[0];
        if (words.length == 2 && words[0].equals("query-active-fail") && words[1].matches("[1-9][0-9]{0,17}")) {
            failQueryActiveAt = Long.parseLong(words[1]);
            return;
        }
        if (words.length == 3 && words[0].equals("query-active-stall") && words[1].matches("[1-9][0-9]{0,17}")
                && words[2].matches("[1-9][0-9]{0,9}")) {
            stallQueryActiveAt = Long.parseLong(words[1]);
            stallMicros = Long.parseLong(words[2]);
            return;
        }
        throw new NtStatusException(NtStatus.DEVICE_CONFIGURATION_ERROR, device.path() + ": _DSD property " + FAULT_PROPERTY
                + " is \"query-active-fail N\" or \"query-active-stall N US\" (N, US >= 1), not " + value);
    }

    private static boolean flag(WdfDevice device, Object value, String name, boolean otherwise) {
        if (value == null) {
            return otherwise;
        }
        if (value instanceof Long number && (number == 0 || number == 1)) {
            return number == 1;
        }
        throw new NtStatusException(NtStatus.DEVICE_CONFIGURATION_ERROR, device.path() + ": _DSD property " + name
                + " is 0 or 1, not " + value);
    }

    @Override
    public void releaseController() {
        registers = null;
    }

    @Override
    public void startController(boolean restoreContext, DevicePowerState previous) {
        if (!restoreContext) {
            // Interrupts left enabled by firmware would storm before any driver connects: turn them off.
            for (int bank = 0; bank < BANKS; bank++) {
                registers.write32(offset(bank, ENABLE), 0);
                registers.write32(offset(bank, CLEAR), -1);
            }
        }
    }

    @Override
    public ControllerBasicInformation queryControllerBasicInformation() {
        return new ControllerBasicInformation(BANKS * PINS_PER_BANK, PINS_PER_BANK, attributes);
    }

    @Override
    public void enableInterrupt(GpioInterruptParameters p) {
        if (p.polarity() == Polarity.ACTIVE_BOTH && attributes.emulateActiveBoth()) {
            throw new NtStatusException(NtStatus.NOT_SUPPORTED, "SimGpio relies on ActiveBoth emulation");
        }
        program(p.bank(), p.pin(), p.mode(), p.polarity());
        int bit = 1 << p.pin();
        registers.write32(offset(p.bank(), CLEAR), bit);
        registers.write32(offset(p.bank(), MASK), registers.read32(offset(p.bank(), MASK)) & ~bit);
        registers.write32(offset(p.bank(), ENABLE), registers.read32(offset(p.bank(), ENABLE)) | bit);
    }

    @Override
    public void disableInterrupt(int bank, int pin) {
        int bit = 1 << pin;
        registers.write32(offset(bank, ENABLE), registers.read32(offset(bank, ENABLE)) & ~bit);
        registers.write32(offset(bank, CLEAR), bit);
    }

    @Override
    public long maskInterrupts(int bank, long pinMask) {
        registers.write32(offset(bank, MASK), registers.read32(offset(bank, MASK)) | (int) pinMask);
        return 0;
    }

    @Override
    public void unmaskInterrupt(GpioInterruptParameters p) {
        registers.write32(offset(p.bank(), MASK), registers.read32(offset(p.bank(), MASK)) & ~(1 << p.pin()));
    }

    @Override
    public long queryActiveInterrupts(int bank, long enabledMask) {
        if (failQueryActiveAt != 0 && ++queryActiveCalls == failQueryActiveAt) {
            throw new NtStatusException(NtStatus.IO_DEVICE_ERROR, "injected fault: query-active-fail " + failQueryActiveAt
                    + ": bank " + bank + " did not answer");
        }
        if (stallQueryActiveAt != 0 && ++queryActiveCalls == stallQueryActiveAt) {
            device.stallExecutionProcessor(stallMicros);
        }
        return registers.read32(offset(bank, STATUS)) & enabledMask & 0xFFFF_FFFFL;
    }

    @Override
    public long clearActiveInterrupts(int bank, long clearMask) {
        registers.write32(offset(bank, CLEAR), (int) clearMask);
        return 0;
    }

    @Override
    public boolean supportsQueryEnabledInterrupts() {
        return true;
    }

    @Override
    public long queryEnabledInterrupts(int bank) {
        return registers.read32(offset(bank, ENABLE)) & 0xFFFF_FFFFL;
    }

    @Override
    public void reconfigureInterrupt(int bank, int pin, InterruptMode mode, Polarity polarity) {
        if (polarity == Polarity.ACTIVE_BOTH) {
            throw new NtStatusException(NtStatus.NOT_SUPPORTED, "SimGpio relies on ActiveBoth emulation");
        }
        program(bank, pin, mode, polarity);
        registers.write32(offset(bank, CLEAR), 1 << pin);
    }

    @Override
    public long readGpioPins(int bank) {
        return registers.read32(offset(bank, LEVEL)) & 0xFFFF_FFFFL;
    }

    @Override
    public void writeGpioPins(int bank, long setMask, long clearMask) {
        int value = registers.read32(offset(bank, OUTPUT));
        registers.write32(offset(bank, OUTPUT), (value | (int) setMask) & ~(int) clearMask);
        registers.write32(offset(bank, DIRECTION), registers.read32(offset(bank, DIRECTION)) | (int) (setMask | clearMask));
    }

    private void program(int bank, int pin, InterruptMode mode, Polarity polarity) {
        int bit = 1 << pin;
        int modes = registers.read32(offset(bank, MODE));
        registers.write32(offset(bank, MODE), mode == InterruptMode.EDGE ? modes | bit : modes & ~bit);
        int polarities = registers.read32(offset(bank, POLARITY));
        registers.write32(offset(bank, POLARITY), polarity == Polarity.ACTIVE_LOW ? polarities | bit : polarities & ~bit);
        int both = registers.read32(offset(bank, BOTH_EDGES));
        registers.write32(offset(bank, BOTH_EDGES), polarity == Polarity.ACTIVE_BOTH ? both | bit : both & ~bit);
    }

    private static long offset(int bank, int register) {
        return (long) bank * STRIDE + register;
    }
}
