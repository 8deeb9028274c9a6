package dev.gpioint.sim;

/**
 * Register map of {@link SimGpioController}: one 0x40-byte block per bank at {@code bank * BANK_STRIDE}; every
 * register is 32 bits with one bit per pin of the bank.
 */
public final class SimGpioRegisters {
    /** Distance between bank register blocks. */
    public static final int BANK_STRIDE = 0x40;
    /** 1 = edge, 0 = level. */
    public static final int MODE = 0x00;
    /** 0 = active high / rising, 1 = active low / falling. */
    public static final int POLARITY = 0x04;
    /** 1 = both edges (edge mode only). */
    public static final int BOTH_EDGES = 0x08;
    /** 1 = interrupt enabled. */
    public static final int ENABLE = 0x0C;
    /** 1 = interrupt masked. */
    public static final int MASK = 0x10;
    /** Read: latched edges and asserted levels. */
    public static final int STATUS = 0x14;
    /** Write 1 to clear a latched edge. */
    public static final int CLEAR = 0x18;
    /** Read: the input level of each pin. */
    public static final int LEVEL = 0x1C;
    /** 1 = output. */
    public static final int DIRECTION = 0x20;
    /** Output values of output pins. */
    public static final int OUTPUT = 0x24;
    /** Bytes of register space the controller decodes for 4 banks. */
    public static final int SIZE = 4 * BANK_STRIDE;

    private SimGpioRegisters() {
    }
}
