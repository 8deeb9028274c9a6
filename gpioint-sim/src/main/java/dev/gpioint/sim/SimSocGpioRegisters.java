package dev.gpioint.sim;

/**
 * Register map of {@link SimSocGpioController}: a capability block at offset 0 that tells a driver the
 * controller's shape (what real controllers publish in data sheets and, for some, in capability registers), then
 * one {@link #GROUP_STRIDE}-byte block per group of 32 pins with the {@link SimGpioRegisters} layout plus the
 * read-only {@link #BANK_OUTPUT}. Pin {@code p} is bit {@code p % 32} of group {@code p / 32}.
 */
public final class SimSocGpioRegisters {
    /** Read-only: {@link #MAGIC} when a SoC GPIO controller decodes this window. */
    public static final int ID = 0x00;
    /** Read-only: pins on the controller. */
    public static final int TOTAL_PINS = 0x04;
    /** Read-only: pins per bank as the controller's driver presents them to the class extension (32 or 64). */
    public static final int PINS_PER_BANK = 0x08;
    /** Read-only: {@code FEATURE_*} bits. */
    public static final int FEATURES = 0x0C;
    /**
     * Read-only: how many interrupt outputs the banks drive. Output {@code k} is the controller's {@code k}-th
     * Interrupt() resource in firmware order.
     */
    public static final int INTERRUPT_OUTPUTS = 0x10;
    /** The ID register's value, "GPIC". */
    public static final int MAGIC = 0x4750_4943;
    /** The hardware detects edges. */
    public static final int FEATURE_EDGE = 1;
    /** The hardware detects levels. */
    public static final int FEATURE_LEVEL = 1 << 1;
    /** The hardware detects both edges of a pin (ActiveBoth) by itself. */
    public static final int FEATURE_BOTH_EDGES = 1 << 2;
    /** The registers are reachable at DIRQL (memory-mapped); otherwise only at PASSIVE, over a serial bus. */
    public static final int FEATURE_MEMORY_MAPPED = 1 << 3;
    /** Offset of pin group 0. */
    public static final int GROUP_BASE = 0x40;
    /** Distance between pin groups. */
    public static final int GROUP_STRIDE = SimGpioRegisters.BANK_STRIDE;
    /** Per group, read-only: the interrupt output (0 to {@link #INTERRUPT_OUTPUTS} - 1) the group's bank drives. */
    public static final int BANK_OUTPUT = 0x28;

    private SimSocGpioRegisters() {
    }

    /** Bytes of register space for {@code totalPins} pins. */
    public static int size(int totalPins) {
        return GROUP_BASE + groups(totalPins) * GROUP_STRIDE;
    }

    /** Groups of 32 pins that hold {@code totalPins}. */
    public static int groups(int totalPins) {
        return (totalPins + 31) / 32;
    }

    /** Offset of {@code register} (a {@link SimGpioRegisters} constant) of group {@code group}. */
    public static long offset(int group, int register) {
        return GROUP_BASE + (long) group * GROUP_STRIDE + register;
    }
}
