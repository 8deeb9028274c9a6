package dev.gpioint.sim;

import dev.gpioint.kernel.HardwareLock;

/**
 * An I2C GPIO expander in the manner of Microsoft's SimGpio_I2C sample: 2 banks of 8 pins whose byte registers
 * are reached only by I2C transfers (write the register number, then write values or read them back). Per bank,
 * register {@code bank * 0x10 + r} for r = {@link #MODE} (1 = edge), {@link #POLARITY} (1 = low/falling),
 * {@link #ENABLE}, {@link #MASK}, {@link #STATUS} (read), {@link #CLEAR} (write 1 to clear), {@link #LEVEL}
 * (inputs), {@link #OUTPUT}. Its interrupt output is active low and level: low while any enabled, unmasked pin
 * has status.
 */
public final class SimI2cGpioExpander implements I2cTarget {
    public static final int BANKS = 2;
    public static final int PINS_PER_BANK = 8;
    public static final int MODE = 0;
    public static final int POLARITY = 1;
    public static final int ENABLE = 2;
    public static final int MASK = 3;
    public static final int STATUS = 4;
    public static final int CLEAR = 5;
    public static final int LEVEL = 6;
    public static final int OUTPUT = 7;

    private final SignalSink interrupt;
    private final int[][] registers = new int[BANKS][8];
    private final int[] latched = new int[BANKS];
    private int pointer;
    private boolean asserted;
    private final HardwareLock lock;

    public SimI2cGpioExpander(SimI2cBus bus, int address, SignalSink interrupt) {
        this.lock = new HardwareLock(bus.machine());
        this.interrupt = interrupt;
        interrupt.drive(true);
        bus.attach(address, this);
    }

    /** A wire into pin {@code pin}'s input (0..15). */
    public SignalSink pinInput(int pin) {
        if (pin < 0 || pin >= BANKS * PINS_PER_BANK) {
            throw new IllegalArgumentException("expander pin " + pin + " is out of range 0.." + (BANKS * PINS_PER_BANK - 1));
        }
        return high -> setInput(pin, high);
    }

    public void setInput(int pin, boolean high) {
        lock.lock();
        try {
            int bank = pin / PINS_PER_BANK;
            int bit = 1 << (pin % PINS_PER_BANK);
            int[] r = registers[bank];
            boolean was = (r[LEVEL] & bit) != 0;
            if (was == high) {
                return;
            }
            r[LEVEL] = high ? r[LEVEL] | bit : r[LEVEL] & ~bit;
            if ((r[MODE] & bit) != 0 && high != ((r[POLARITY] & bit) != 0)) {
                latched[bank] |= bit;
            }
            update();
        } finally {
            lock.unlock();
        }
    }

    private int status(int bank) {
        int[] r = registers[bank];
        int levelAsserted = ~r[MODE] & (r[LEVEL] ^ r[POLARITY]) & 0xFF;
        return (latched[bank] & r[MODE]) | levelAsserted;
    }

    @Override
    public boolean write(byte[] data, int offset, int length) {
        lock.lock();
        try {
            if (length == 0) {
                return true;
            }
            pointer = data[offset] & 0xFF;
            for (int i = 1; i < length; i++, pointer++) {
                int bank = pointer / 0x10;
                int register = pointer % 0x10;
                if (bank >= BANKS || register > OUTPUT) {
                    return false;
                }
                int value = data[offset + i] & 0xFF;
                switch (register) {
                    case CLEAR -> latched[bank] &= ~value;
                    case STATUS, LEVEL -> {
                        // read-only
                    }
                    default -> registers[bank][register] = value;
                }
            }
            update();
            return true;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean read(byte[] buffer, int offset, int length) {
        lock.lock();
        try {
            for (int i = 0; i < length; i++, pointer++) {
                int bank = pointer / 0x10;
                int register = pointer % 0x10;
                if (bank >= BANKS || register > OUTPUT) {
                    return false;
                }
                buffer[offset + i] = (byte) (register == STATUS ? status(bank) : register == CLEAR ? 0 : registers[bank][register]);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    private void update() {
        boolean now = false;
        for (int bank = 0; bank < BANKS; bank++) {
            now |= (status(bank) & registers[bank][ENABLE] & ~registers[bank][MASK]) != 0;
        }
        if (now != asserted) {
            asserted = now;
            interrupt.drive(!now);
        }
    }
}
