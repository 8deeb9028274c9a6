package dev.gpioint.cli.reliability;

/**
 * One SimGpio controller of a generated board (4 banks of 32 pins, memory-mapped) and the capabilities its
 * client declares, which decide what the class extension emulates.
 *
 * @param index              0-based; names the device {@code \_SB.GPCn} and places its registers and bank GSIVs
 * @param emulateActiveBoth  the extension emulates ActiveBoth (else the hardware's both-edges latch does it)
 * @param emulateDebouncing  the extension debounces GpioInt debounce timeouts
 * @param triggerModes       "edge-level", "edge" (levels emulated) or "level" (edges emulated)
 * @param fault              "" or a client fault to inject, {@code "query-active-fail N"}
 */
public record ControllerSpec(int index, boolean emulateActiveBoth, boolean emulateDebouncing, String triggerModes, String fault) {
    public static final int PINS = 128;

    public ControllerSpec(int index, boolean emulateActiveBoth, boolean emulateDebouncing, String triggerModes) {
        this(index, emulateActiveBoth, emulateDebouncing, triggerModes, "");
    }

    public boolean faulty() {
        return !fault.isEmpty();
    }

    public String path() {
        return "\\_SB.GPC" + index;
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
