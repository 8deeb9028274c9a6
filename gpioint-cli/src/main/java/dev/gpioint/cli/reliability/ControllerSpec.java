package dev.gpioint.cli.reliability;

/**
 * One GPIO controller of a generated board: a SimGpio controller (4 banks of 32 pins, memory-mapped) with the
 * capabilities its client declares, which decide what the class extension emulates, or ({@code serial}) an I2C
 * GPIO expander (2 banks of 8 pins, passive, emulated ActiveBoth) behind its own I2C controller, whose interrupt
 * output is cascaded onto pin {@value #CASCADE_PIN} of controller 0.
 *
 * @param index              0-based; names the device {@code \_SB.GPCn} and places its registers and bank GSIVs
 * @param emulateActiveBoth  the extension emulates ActiveBoth (else the hardware's both-edges latch does it)
 * @param emulateDebouncing  the extension debounces GpioInt debounce timeouts
 * @param triggerModes       "edge-level", "edge" (levels emulated) or "level" (edges emulated)
 * @param fault              "" or a client fault to inject, {@code "query-active-fail N"} or
 *                           {@code "query-active-stall N US"} (SimGpio's {@code gpioint,client-fault})
 */
public record ControllerSpec(int index, boolean emulateActiveBoth, boolean emulateDebouncing, String triggerModes, String fault,
                             boolean serial) {
    public static final int PINS = 128;
    public static final int SERIAL_PINS = 16;
    /** Controller 0's pin that serial controllers' interrupt outputs share (Level, ActiveLow, Shared). */
    public static final int CASCADE_PIN = 127;

    public ControllerSpec(int index, boolean emulateActiveBoth, boolean emulateDebouncing, String triggerModes) {
        this(index, emulateActiveBoth, emulateDebouncing, triggerModes, "", false);
    }

    public ControllerSpec(int index, boolean emulateActiveBoth, boolean emulateDebouncing, String triggerModes, String fault) {
        this(index, emulateActiveBoth, emulateDebouncing, triggerModes, fault, false);
    }

    /** An I2C expander at {@code index}. */
    public static ControllerSpec expander(int index) {
        return new ControllerSpec(index, true, false, "edge-level", "", true);
    }

    public int pins() {
        return serial ? SERIAL_PINS : PINS;
    }

    /** The I2C controller a serial controller sits behind. */
    public String busPath() {
        return "\\_SB.I2C" + index;
    }

    public boolean faulty() {
        return !fault.isEmpty();
    }

    /** Whether the fault is a hang, which the client-callback bound reports, not the client. */
    public boolean hangs() {
        return fault.startsWith("query-active-stall");
    }

    public String path() {
        return (serial ? "\\_SB.GPX" : "\\_SB.GPC") + index;
    }

    public long base() {
        return 0xFE00_0000L + index * 0x1000L;
    }

    /** Bank {@code bank}'s primary GSIV. */
    public long bankGsiv(int bank) {
        return 40 + 4L * index + bank;
    }

    public boolean detectsEdges() {
        return !triggerModes.equals("level");
    }
}
