package dev.gpioint.drivers.socgpio;

import dev.gpioint.driver.DevicePowerState;
import dev.gpioint.firmware.InterruptMode;
import dev.gpioint.firmware.Polarity;
import dev.gpioint.gpio.BankInterruptBinding;
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
import java.util.ArrayList;
import java.util.Optional;

/**
 * The controller client for real SoC GPIO controllers on the simulated machine. It learns the controller's shape
 * from the capability block at the start of its registers (pins, pins per bank, the triggers the hardware
 * detects, whether it is memory-mapped), then touches only registers: a bank of 32 or 64 pins spans one or two
 * 32-pin register groups. It asks the class extension to emulate what the hardware lacks (ActiveBoth without
 * dual-edge detection, debouncing), tells it which interrupt serves each bank when the hardware's wiring is not the
 * extension's own rule, and, on its first start, turns off interrupts firmware left enabled.
 *
 * <p>Every callback on the interrupt path works on primitives and allocates nothing.
 */
final class SocGpioClient implements GpioControllerClient {
    // Capability block and per-group registers; the layout the simulated SoC GPIO hardware decodes.
    private static final int ID = 0x00;
    private static final int TOTAL_PINS = 0x04;
    private static final int PINS_PER_BANK = 0x08;
    private static final int FEATURES = 0x0C;
    private static final int INTERRUPT_OUTPUTS = 0x10;
    private static final int MAGIC = 0x4750_4943;
    private static final int FEATURE_EDGE = 1;
    private static final int FEATURE_LEVEL = 1 << 1;
    private static final int FEATURE_BOTH_EDGES = 1 << 2;
    private static final int FEATURE_MEMORY_MAPPED = 1 << 3;
    private static final int GROUP_BASE = 0x40;
    private static final int GROUP_STRIDE = 0x40;
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
    private static final int BANK_OUTPUT = 0x28;

    private RegisterWindow registers;
    private int totalPins;
    private int pinsPerBank;
    private int features;

    @Override
    public void prepareController(WdfDevice device, ResourceList raw, ResourceList translated) {
        ResourceDescriptor memory = null;
        for (ResourceDescriptor descriptor : translated) {
            if (descriptor.type() == ResourceType.MEMORY) {
                memory = descriptor;
                break;
            }
        }
        if (memory == null) {
            throw new NtStatusException(NtStatus.DEVICE_CONFIGURATION_ERROR, device.path()
                    + ": a GPIO controller needs a memory resource for its registers");
        }
        registers = device.mapIoSpace(memory);
        if (registers.read32(ID) != MAGIC) {
            throw new NtStatusException(NtStatus.DEVICE_CONFIGURATION_ERROR, device.path() + ": the registers at 0x"
                    + Long.toHexString(memory.asRange().start()) + " are not a GPIO controller this driver knows");
        }
        totalPins = registers.read32(TOTAL_PINS);
        pinsPerBank = registers.read32(PINS_PER_BANK);
        features = registers.read32(FEATURES);
        if (pinsPerBank != 32 && pinsPerBank != 64) {
            throw new NtStatusException(NtStatus.DEVICE_CONFIGURATION_ERROR, device.path() + ": banks of " + pinsPerBank
                    + " pins; this driver handles 32 or 64");
        }
    }

    @Override
    public void releaseController() {
        registers = null;
    }

    @Override
    public void startController(boolean restoreContext, DevicePowerState previous) {
        if (!restoreContext) {
            // Interrupts left enabled by firmware would storm before any driver connects: turn them off.
            for (int group = 0; group < (totalPins + 31) / 32; group++) {
                registers.write32(offset(group, ENABLE), 0);
                registers.write32(offset(group, CLEAR), -1);
            }
        }
    }

    @Override
    public ControllerBasicInformation queryControllerBasicInformation() {
        boolean both = (features & FEATURE_BOTH_EDGES) != 0;
        var attributes = new ControllerAttributes((features & FEATURE_MEMORY_MAPPED) != 0, false, true, false, false,
                true, !both, true, (features & FEATURE_EDGE) != 0, (features & FEATURE_LEVEL) != 0);
        return new ControllerBasicInformation(totalPins, pinsPerBank, attributes);
    }

    /**
     * Binds the banks to interrupt resources when the hardware spreads them over several interrupt outputs but fewer
     * than its banks (the class extension's own rule fits one output, or one per bank): each bank's
     * {@code BANK_OUTPUT} register names the output it drives, and output k is the k-th interrupt resource of the
     * lists. Which banks a real part's interrupts serve is the hardware's wiring; the simulated Qualcomm PMIC's is
     * gpioint's inference (see the catalogue in gpioint-sim).
     */
    @Override
    public Optional<BankInterruptBinding> queryBankInterruptBinding(ResourceList raw, ResourceList translated, int totalBanks) {
        int outputs = registers.read32(INTERRUPT_OUTPUTS);
        if (outputs <= 1 || outputs >= totalBanks) {
            return Optional.empty();
        }
        var interrupts = new ArrayList<Integer>();
        for (int i = 0; i < translated.size(); i++) {
            if (translated.get(i).isInterrupt()) {
                interrupts.add(i);
            }
        }
        if (interrupts.size() < outputs) {
            throw new NtStatusException(NtStatus.DEVICE_CONFIGURATION_ERROR, "the controller's banks drive " + outputs
                    + " interrupt outputs, but the firmware gives " + interrupts.size() + " interrupt resources");
        }
        int[] mapping = new int[totalBanks];
        for (int bank = 0; bank < totalBanks; bank++) {
            mapping[bank] = interrupts.get(registers.read32(offset(bank * pinsPerBank / 32, BANK_OUTPUT)));
        }
        return Optional.of(BankInterruptBinding.of(mapping));
    }

    @Override
    public void enableInterrupt(GpioInterruptParameters p) {
        program(p.bank(), p.pin(), p.mode(), p.polarity());
        int group = group(p.bank(), p.pin());
        int bit = bit(p.pin());
        registers.write32(offset(group, CLEAR), bit);
        registers.write32(offset(group, MASK), registers.read32(offset(group, MASK)) & ~bit);
        registers.write32(offset(group, ENABLE), registers.read32(offset(group, ENABLE)) | bit);
    }

    @Override
    public void disableInterrupt(int bank, int pin) {
        int group = group(bank, pin);
        int bit = bit(pin);
        registers.write32(offset(group, ENABLE), registers.read32(offset(group, ENABLE)) & ~bit);
        registers.write32(offset(group, CLEAR), bit);
    }

    @Override
    public long maskInterrupts(int bank, long pinMask) {
        setBits(bank, MASK, pinMask);
        return 0;
    }

    @Override
    public void unmaskInterrupt(GpioInterruptParameters p) {
        int group = group(p.bank(), p.pin());
        registers.write32(offset(group, MASK), registers.read32(offset(group, MASK)) & ~bit(p.pin()));
    }

    @Override
    public long queryActiveInterrupts(int bank, long enabledMask) {
        return readBank(bank, STATUS) & enabledMask;
    }

    @Override
    public long clearActiveInterrupts(int bank, long clearMask) {
        int first = bank * pinsPerBank / 32;
        registers.write32(offset(first, CLEAR), (int) clearMask);
        if (pinsPerBank == 64) {
            registers.write32(offset(first + 1, CLEAR), (int) (clearMask >>> 32));
        }
        return 0;
    }

    @Override
    public boolean supportsQueryEnabledInterrupts() {
        return true;
    }

    @Override
    public long queryEnabledInterrupts(int bank) {
        return readBank(bank, ENABLE);
    }

    @Override
    public void reconfigureInterrupt(int bank, int pin, InterruptMode mode, Polarity polarity) {
        program(bank, pin, mode, polarity);
        registers.write32(offset(group(bank, pin), CLEAR), bit(pin));
    }

    @Override
    public long readGpioPins(int bank) {
        return readBank(bank, LEVEL);
    }

    @Override
    public void writeGpioPins(int bank, long setMask, long clearMask) {
        long value = readBank(bank, OUTPUT);
        writeBank(bank, OUTPUT, (value | setMask) & ~clearMask);
        writeBank(bank, DIRECTION, readBank(bank, DIRECTION) | setMask | clearMask);
    }

    private void program(int bank, int pin, InterruptMode mode, Polarity polarity) {
        int group = group(bank, pin);
        int bit = bit(pin);
        boolean both = polarity == Polarity.ACTIVE_BOTH;
        if (both && (features & FEATURE_BOTH_EDGES) == 0) {
            // The class extension emulates ActiveBoth for this hardware: it never hands the client one.
            throw new NtStatusException(NtStatus.NOT_SUPPORTED, "this controller has no dual-edge detection");
        }
        int modes = registers.read32(offset(group, MODE));
        registers.write32(offset(group, MODE), mode == InterruptMode.EDGE || both ? modes | bit : modes & ~bit);
        int polarities = registers.read32(offset(group, POLARITY));
        registers.write32(offset(group, POLARITY), polarity == Polarity.ACTIVE_LOW ? polarities | bit : polarities & ~bit);
        int edges = registers.read32(offset(group, BOTH_EDGES));
        registers.write32(offset(group, BOTH_EDGES), both ? edges | bit : edges & ~bit);
    }

    /** The bank's bits of {@code register}, from one or two groups. */
    private long readBank(int bank, int register) {
        int first = bank * pinsPerBank / 32;
        long value = registers.read32(offset(first, register)) & 0xFFFF_FFFFL;
        if (pinsPerBank == 64) {
            value |= (registers.read32(offset(first + 1, register)) & 0xFFFF_FFFFL) << 32;
        }
        return value;
    }

    private void writeBank(int bank, int register, long value) {
        int first = bank * pinsPerBank / 32;
        registers.write32(offset(first, register), (int) value);
        if (pinsPerBank == 64) {
            registers.write32(offset(first + 1, register), (int) (value >>> 32));
        }
    }

    private void setBits(int bank, int register, long mask) {
        writeBank(bank, register, readBank(bank, register) | mask);
    }

    private int group(int bank, int pin) {
        return (bank * pinsPerBank + pin) / 32;
    }

    private static int bit(int pin) {
        return 1 << (pin % 32);
    }

    private static long offset(int group, int register) {
        return GROUP_BASE + (long) group * GROUP_STRIDE + register;
    }
}
