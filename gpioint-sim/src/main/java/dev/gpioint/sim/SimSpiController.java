package dev.gpioint.sim;

import dev.gpioint.kernel.Machine;

/**
 * A register-level SPI controller in front of a {@link SimSpiBus}. Read-only capability registers give its shape
 * ({@link #CHIP_SELECTS}, {@link #MAX_CLOCK}, {@link #WORD_SIZES}, {@link #FEATURES}). A driver programs the chip
 * select, mode and word size ({@link #CONFIG}), the clock, the write and read lengths, the bytes to write in the data
 * window ({@link #DATA}, one byte per 32-bit register), then {@link #START} (with {@link #FULL_DUPLEX} for a
 * full-duplex transfer) in {@link #CONTROL}; the transfer completes at once, the read bytes are in the data window
 * and {@link #STATUS} says DONE. While DONE is set and enabled in {@link #INTERRUPT_ENABLE} the controller asserts its
 * interrupt; writing DONE to STATUS clears it.
 */
public final class SimSpiController extends BusControllerRegisters {
    /** Read-only: chip selects, numbered from 0. */
    public static final int CHIP_SELECTS = 0x00;
    /** Read-only: the fastest clock, in hertz. */
    public static final int MAX_CLOCK = 0x04;
    /** Read-only: bit n-1 set when n-bit words are supported. */
    public static final int WORD_SIZES = 0x08;
    /** Read-only: {@code FEATURE_*} bits. */
    public static final int FEATURES = 0x0C;
    /** Chip select in bits 0-7, {@link #CPOL}, {@link #CPHA}, {@link #CS_ACTIVE_HIGH}, {@link #THREE_WIRE}, word bits - 1 in bits 16-20. */
    public static final int CONFIG = 0x10;
    /** The clock, in hertz. */
    public static final int CLOCK = 0x14;
    public static final int WRITE_LENGTH = 0x18;
    public static final int READ_LENGTH = 0x1C;
    public static final int CONTROL = 0x20;
    public static final int STATUS = 0x24;
    public static final int INTERRUPT_ENABLE = 0x28;
    public static final int DATA = 0x100;
    public static final int MAX_BYTES = 256;
    public static final int SIZE = DATA + 4 * MAX_BYTES;

    public static final int FEATURE_THREE_WIRE = 1;
    public static final int FEATURE_CS_ACTIVE_HIGH = 1 << 1;
    public static final int CPOL = 1 << 8;
    public static final int CPHA = 1 << 9;
    public static final int CS_ACTIVE_HIGH = 1 << 10;
    public static final int THREE_WIRE = 1 << 11;
    public static final int WORD_BITS_SHIFT = 16;
    public static final int START = 1;
    public static final int FULL_DUPLEX = 1 << 1;
    public static final int DONE = 1;

    private final SimSpiBus bus;
    private final SignalSink interrupt;
    private final int chipSelects;
    private final int maxClock;
    private final int wordSizes;
    private final int features;
    private int config;
    private int clock;
    private int writeLength;
    private int readLength;
    private int status;
    private int interruptEnable;

    /**
     * A controller decoding {@code decoded} bytes from {@code base} (at least {@link #SIZE}), with the given shape, its
     * interrupt output driving {@code interrupt} (true while asserted).
     */
    public SimSpiController(Machine machine, String name, long base, long decoded, SimSpiBus bus, SignalSink interrupt,
                            int chipSelects, int maxClockHz, int wordSizes, int features) {
        super(machine, DATA, MAX_BYTES);
        this.bus = bus;
        this.interrupt = interrupt;
        this.chipSelects = chipSelects;
        this.maxClock = maxClockHz;
        this.wordSizes = wordSizes;
        this.features = features;
        machine.memory().attach(base, Math.max(SIZE, decoded), this, name);
        interrupt.drive(false);
    }

    public SimSpiBus bus() {
        return bus;
    }

    public int chipSelects() {
        return chipSelects;
    }

    @Override
    int readRegister(int offset) {
        return switch (offset) {
            case CHIP_SELECTS -> chipSelects;
            case MAX_CLOCK -> maxClock;
            case WORD_SIZES -> wordSizes;
            case FEATURES -> features;
            case CONFIG -> config;
            case CLOCK -> clock;
            case WRITE_LENGTH -> writeLength;
            case READ_LENGTH -> readLength;
            case STATUS -> status;
            case INTERRUPT_ENABLE -> interruptEnable;
            default -> 0;
        };
    }

    @Override
    void writeRegister(int offset, int value) {
        switch (offset) {
            case CONFIG -> config = value;
            case CLOCK -> clock = Math.min(value, maxClock);
            case WRITE_LENGTH -> writeLength = data.clampLength(value);
            case READ_LENGTH -> readLength = data.clampLength(value);
            case CONTROL -> {
                if ((value & START) != 0) {
                    start((value & FULL_DUPLEX) != 0);
                }
            }
            case STATUS -> {
                status &= ~value; // write 1 to clear
                updateInterrupt();
            }
            case INTERRUPT_ENABLE -> {
                interruptEnable = value;
                updateInterrupt();
            }
            default -> {
                // read-only or unused
            }
        }
    }

    private void start(boolean fullDuplex) {
        int chipSelect = config & 0xFF;
        int mode = ((config & CPOL) != 0 ? 2 : 0) | ((config & CPHA) != 0 ? 1 : 0);
        int wordBits = ((config >>> WORD_BITS_SHIFT) & 0x1F) + 1;
        java.util.Arrays.fill(data.received(), (byte) SimSpiBus.FLOATING);
        if (chipSelect < chipSelects) {
            bus.transfer(chipSelect, Integer.toUnsignedLong(clock), mode, wordBits, data.toSend(), writeLength, data.received(), readLength,
                    fullDuplex);
        }
        status |= DONE;
        updateInterrupt();
    }

    private void updateInterrupt() {
        interrupt.drive((status & interruptEnable & DONE) != 0);
    }
}
