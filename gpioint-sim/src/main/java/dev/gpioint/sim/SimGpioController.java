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
    private static final int WORDS_PER_BANK = SimGpioRegisters.BANK_STRIDE / 4;
    /** Where the edge latch lives: the word of the write-only CLEAR register. */
    private static final int LATCH = SimGpioRegisters.CLEAR;

    private final Machine machine;
    private final HardwareLock lock;
    private final String name;
    private final SignalSink[] bankInterrupts;
    /**
     * The register file, one word per register as the hardware decodes it: word {@code offset / 4}, so bank
     * {@code b}'s registers are the 16 words from {@code b * 16}, next to each other in memory. The word of the
     * write-only CLEAR register holds the bank's edge latch (STATUS reads combine it with the level pins).
     */
    private final int[] file = new int[SimGpioRegisters.SIZE / 4];
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

    private int word(int bank, int register) {
        return file[bank * WORDS_PER_BANK + register / 4];
    }

    private void setWord(int bank, int register, int value) {
        file[bank * WORDS_PER_BANK + register / 4] = value;
    }

    /** Pin {@code pin}'s bit of {@code register}, read under the lock for callers outside the machine. */
    private boolean lockedBit(int pin, int register) {
        lock.lock();
        try {
            checkPin(pin);
            return (word(pin / PINS_PER_BANK, register) & (1 << (pin % PINS_PER_BANK))) != 0;
        } finally {
            lock.unlock();
        }
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
            int level = word(bank, SimGpioRegisters.LEVEL);
            boolean was = (level & bit) != 0;
            if (was == high) {
                return;
            }
            setWord(bank, SimGpioRegisters.LEVEL, high ? level | bit : level & ~bit);
            if ((word(bank, SimGpioRegisters.MODE) & bit) != 0) {
                boolean rising = high;
                boolean both = (word(bank, SimGpioRegisters.BOTH_EDGES) & bit) != 0;
                boolean fallingWanted = (word(bank, SimGpioRegisters.POLARITY) & bit) != 0;
                if (both || rising != fallingWanted) {
                    setWord(bank, LATCH, word(bank, LATCH) | bit);
                }
            }
            update(bank);
        } finally {
            lock.unlock();
        }
    }

    /** The input level of pin {@code pin}. */
    public boolean input(int pin) {
        return lockedBit(pin, SimGpioRegisters.LEVEL);
    }

    /** Drives the pin to {@code high} now and back after {@code width} of machine time. */
    public void pulse(int pin, boolean high, Duration width) {
        setInput(pin, high);
        machine.schedule(width, () -> setInput(pin, !high));
    }

    /** Whether the pin's interrupt is enabled in hardware. */
    public boolean isEnabled(int pin) {
        return lockedBit(pin, SimGpioRegisters.ENABLE);
    }

    /** Whether the pin's interrupt is masked in hardware. */
    public boolean isMasked(int pin) {
        return lockedBit(pin, SimGpioRegisters.MASK);
    }

    /** The output value a driver wrote to an output pin. */
    public boolean output(int pin) {
        return lockedBit(pin, SimGpioRegisters.OUTPUT);
    }

    /** Sets a pin's enable bit as firmware might have left it (for stale-interrupt scenarios). */
    public void firmwareEnable(int pin, boolean edge) {
        lock.lock();
        try {
            checkPin(pin);
            int bank = pin / PINS_PER_BANK;
            int bit = 1 << (pin % PINS_PER_BANK);
            setWord(bank, SimGpioRegisters.ENABLE, word(bank, SimGpioRegisters.ENABLE) | bit);
            int mode = word(bank, SimGpioRegisters.MODE);
            setWord(bank, SimGpioRegisters.MODE, edge ? mode | bit : mode & ~bit);
            update(bank);
        } finally {
            lock.unlock();
        }
    }

    private int status(int bank) {
        int mode = word(bank, SimGpioRegisters.MODE);
        int levelAsserted = ~mode & (word(bank, SimGpioRegisters.LEVEL) ^ word(bank, SimGpioRegisters.POLARITY));
        return (word(bank, LATCH) & mode) | levelAsserted;
    }

    @Override
    public int read32(long offset) {
        lock.lock();
        try {
            if (offset >= SimGpioRegisters.SIZE) {
                return 0;
            }
            int register = (int) (offset % SimGpioRegisters.BANK_STRIDE);
            return switch (register) {
                case SimGpioRegisters.STATUS -> status((int) (offset / SimGpioRegisters.BANK_STRIDE));
                case SimGpioRegisters.MODE, SimGpioRegisters.POLARITY, SimGpioRegisters.BOTH_EDGES, SimGpioRegisters.ENABLE,
                        SimGpioRegisters.MASK, SimGpioRegisters.LEVEL, SimGpioRegisters.DIRECTION, SimGpioRegisters.OUTPUT ->
                        file[(int) (offset / 4)];
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
            if (offset >= SimGpioRegisters.SIZE) {
                return;
            }
            int bank = (int) (offset / SimGpioRegisters.BANK_STRIDE);
            int register = (int) (offset % SimGpioRegisters.BANK_STRIDE);
            switch (register) {
                case SimGpioRegisters.CLEAR -> setWord(bank, LATCH, word(bank, LATCH) & ~value);
                case SimGpioRegisters.MODE, SimGpioRegisters.POLARITY, SimGpioRegisters.BOTH_EDGES, SimGpioRegisters.ENABLE,
                        SimGpioRegisters.MASK, SimGpioRegisters.DIRECTION, SimGpioRegisters.OUTPUT -> file[(int) (offset / 4)] = value;
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
        boolean now = (status(bank) & word(bank, SimGpioRegisters.ENABLE) & ~word(bank, SimGpioRegisters.MASK)) != 0;
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
