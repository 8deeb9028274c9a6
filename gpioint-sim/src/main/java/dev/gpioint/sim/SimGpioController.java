package dev.gpioint.sim;

import dev.gpioint.kernel.HardwareLock;
import dev.gpioint.kernel.InterruptLine;
import dev.gpioint.kernel.Machine;
import dev.gpioint.kernel.MmioDevice;
import java.time.Duration;
import java.util.List;

/**
 * A memory-mapped GPIO controller in the manner of Microsoft's SimGpio sample: 4 banks of 32 pins, per-bank
 * registers (see {@link SimGpioRegisters}) and one interrupt output per bank, wired to a primary interrupt line
 * (active high, level). An edge pin latches its status bit on the programmed transition (whether or not it is
 * enabled, until cleared); a level pin's status bit follows its input. A bank asserts its interrupt while any
 * pin is enabled, unmasked and has its status bit set.
 *
 * <p>Tests and scenarios drive pin inputs with {@link #setInput}, {@link #pulse}; everything is thread-safe on a
 * realtime machine (a {@link HardwareLock} guards the registers) and lock-free on a deterministic one.
 */
public final class SimGpioController implements MmioDevice {
    public static final int BANKS = 4;
    public static final int PINS_PER_BANK = 32;
    public static final int TOTAL_PINS = BANKS * PINS_PER_BANK;

    private final Machine machine;
    private final HardwareLock lock;
    private final String name;
    private final SignalSink[] bankInterrupts;
    private final int[] mode = new int[BANKS];
    private final int[] polarity = new int[BANKS];
    private final int[] bothEdges = new int[BANKS];
    private final int[] enable = new int[BANKS];
    private final int[] mask = new int[BANKS];
    private final int[] latched = new int[BANKS];
    private final int[] level = new int[BANKS];
    private final int[] direction = new int[BANKS];
    private final int[] output = new int[BANKS];
    private final boolean[] asserted = new boolean[BANKS];

    /**
     * Creates the controller, attaches its registers at {@code base} and wires bank {@code i}'s interrupt to
     * primary line {@code bankGsivs.get(i)}.
     */
    public SimGpioController(Machine machine, String name, long base, List<Long> bankGsivs) {
        if (bankGsivs.size() != BANKS) {
            throw new IllegalArgumentException("SimGpio has " + BANKS + " bank interrupts, not " + bankGsivs.size());
        }
        this.machine = machine;
        this.lock = new HardwareLock(machine);
        this.name = name;
        this.bankInterrupts = new SignalSink[BANKS];
        for (int b = 0; b < BANKS; b++) {
            InterruptLine line = machine.interrupts().line(bankGsivs.get(b));
            bankInterrupts[b] = line::drive;
        }
        machine.memory().attach(base, SimGpioRegisters.SIZE, this, name);
    }

    public String name() {
        return name;
    }

    /** A wire into pin {@code pin}'s input, for peripherals. */
    public SignalSink pinInput(int pin) {
        checkPin(pin);
        return high -> setInput(pin, high);
    }

    /** Drives pin {@code pin}'s input to {@code high}. */
    public void setInput(int pin, boolean high) {
        lock.lock();
        try {
            checkPin(pin);
            int bank = pin / PINS_PER_BANK;
            int bit = 1 << (pin % PINS_PER_BANK);
            boolean was = (level[bank] & bit) != 0;
            if (was == high) {
                return;
            }
            level[bank] = high ? level[bank] | bit : level[bank] & ~bit;
            if ((mode[bank] & bit) != 0) {
                boolean rising = high;
                boolean both = (bothEdges[bank] & bit) != 0;
                boolean fallingWanted = (polarity[bank] & bit) != 0;
                if (both || rising != fallingWanted) {
                    latched[bank] |= bit;
                }
            }
            update(bank);
        } finally {
            lock.unlock();
        }
    }

    /** The input level of pin {@code pin}. */
    public boolean input(int pin) {
        lock.lock();
        try {
            checkPin(pin);
            return (level[pin / PINS_PER_BANK] & (1 << (pin % PINS_PER_BANK))) != 0;
        } finally {
            lock.unlock();
        }
    }

    /** Drives the pin to {@code high} now and back after {@code width} of machine time. */
    public void pulse(int pin, boolean high, Duration width) {
        setInput(pin, high);
        machine.schedule(width, () -> setInput(pin, !high));
    }

    /** Whether the pin's interrupt is enabled in hardware. */
    public boolean isEnabled(int pin) {
        lock.lock();
        try {
            checkPin(pin);
            return (enable[pin / PINS_PER_BANK] & (1 << (pin % PINS_PER_BANK))) != 0;
        } finally {
            lock.unlock();
        }
    }

    /** Whether the pin's interrupt is masked in hardware. */
    public boolean isMasked(int pin) {
        lock.lock();
        try {
            checkPin(pin);
            return (mask[pin / PINS_PER_BANK] & (1 << (pin % PINS_PER_BANK))) != 0;
        } finally {
            lock.unlock();
        }
    }

    /** The output value a driver wrote to an output pin. */
    public boolean output(int pin) {
        lock.lock();
        try {
            checkPin(pin);
            return (output[pin / PINS_PER_BANK] & (1 << (pin % PINS_PER_BANK))) != 0;
        } finally {
            lock.unlock();
        }
    }

    /** Sets a pin's enable bit as firmware might have left it (for stale-interrupt scenarios). */
    public void firmwareEnable(int pin, boolean edge) {
        lock.lock();
        try {
            checkPin(pin);
            int bank = pin / PINS_PER_BANK;
            int bit = 1 << (pin % PINS_PER_BANK);
            enable[bank] |= bit;
            mode[bank] = edge ? mode[bank] | bit : mode[bank] & ~bit;
            update(bank);
        } finally {
            lock.unlock();
        }
    }

    private int status(int bank) {
        int levelAsserted = ~mode[bank] & (level[bank] ^ polarity[bank]);
        return (latched[bank] & mode[bank]) | levelAsserted;
    }

    @Override
    public int read32(long offset) {
        lock.lock();
        try {
            int bank = (int) (offset / SimGpioRegisters.BANK_STRIDE);
            int register = (int) (offset % SimGpioRegisters.BANK_STRIDE);
            if (bank >= BANKS) {
                return 0;
            }
            return switch (register) {
                case SimGpioRegisters.MODE -> mode[bank];
                case SimGpioRegisters.POLARITY -> polarity[bank];
                case SimGpioRegisters.BOTH_EDGES -> bothEdges[bank];
                case SimGpioRegisters.ENABLE -> enable[bank];
                case SimGpioRegisters.MASK -> mask[bank];
                case SimGpioRegisters.STATUS -> status(bank);
                case SimGpioRegisters.LEVEL -> level[bank];
                case SimGpioRegisters.DIRECTION -> direction[bank];
                case SimGpioRegisters.OUTPUT -> output[bank];
                default -> 0;
            };
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void write32(long offset, int value) {
        lock.lock();
        try {
            int bank = (int) (offset / SimGpioRegisters.BANK_STRIDE);
            int register = (int) (offset % SimGpioRegisters.BANK_STRIDE);
            if (bank >= BANKS) {
                return;
            }
            switch (register) {
                case SimGpioRegisters.MODE -> mode[bank] = value;
                case SimGpioRegisters.POLARITY -> polarity[bank] = value;
                case SimGpioRegisters.BOTH_EDGES -> bothEdges[bank] = value;
                case SimGpioRegisters.ENABLE -> enable[bank] = value;
                case SimGpioRegisters.MASK -> mask[bank] = value;
                case SimGpioRegisters.CLEAR -> latched[bank] &= ~value;
                case SimGpioRegisters.DIRECTION -> direction[bank] = value;
                case SimGpioRegisters.OUTPUT -> output[bank] = value;
                default -> {
                    // read-only or unused: writes are ignored, as on real hardware
                }
            }
            update(bank);
        } finally {
            lock.unlock();
        }
    }

    private void update(int bank) {
        boolean now = (status(bank) & enable[bank] & ~mask[bank]) != 0;
        if (now != asserted[bank]) {
            asserted[bank] = now;
            bankInterrupts[bank].drive(now);
        }
    }

    private static void checkPin(int pin) {
        if (pin < 0 || pin >= TOTAL_PINS) {
            throw new IllegalArgumentException("SimGpio pin " + pin + " is out of range 0.." + (TOTAL_PINS - 1));
        }
    }
}
