package dev.gpioint.gpio;

/**
 * {@code CONTROLLER_ATTRIBUTE_FLAGS} plus the trigger modes the hardware has: what a controller can do and how
 * the class extension must treat it.
 *
 * @param memoryMapped           registers reachable at DIRQL; if false every callback runs at PASSIVE and
 *                               peripheral ISRs on its pins must be passive
 * @param activeInterruptsAutoClearOnRead querying active pins clears them; the extension then never clears
 * @param formatIoRequestsAsMasks I/O requests come as bank masks
 * @param emulateDebouncing      the extension debounces in software (from the GpioInt debounce timeout) and
 *                               hands the client a timeout of 0; when false the client gets the timeout and
 *                               debounces natively
 * @param emulateActiveBoth      the extension emulates ActiveBoth with level mode and polarity flips
 *                               (the client must then implement reconfigureInterrupt)
 * @param edgeInterrupts         the hardware detects edges; if false the extension emulates an Edge GpioInt as a
 *                               level whose polarity flips after each assertion (needs reconfigureInterrupt)
 * @param levelInterrupts        the hardware detects levels; if false the extension emulates a Level GpioInt as
 *                               an edge that it re-delivers while the pin still reads asserted (needs
 *                               readGpioPins)
 */
public record ControllerAttributes(boolean memoryMapped, boolean activeInterruptsAutoClearOnRead,
                                   boolean formatIoRequestsAsMasks, boolean deviceIdlePowerMgmtSupported,
                                   boolean bankIdlePowerMgmtSupported, boolean emulateDebouncing,
                                   boolean emulateActiveBoth, boolean independentIoHwSupported,
                                   boolean edgeInterrupts, boolean levelInterrupts) {

    public ControllerAttributes {
        if (!edgeInterrupts && !levelInterrupts) {
            throw new IllegalArgumentException("a controller that detects neither edges nor levels cannot interrupt");
        }
    }

    /** The GpioClx flags alone: the hardware detects both edges and levels. */
    public ControllerAttributes(boolean memoryMapped, boolean activeInterruptsAutoClearOnRead,
                                boolean formatIoRequestsAsMasks, boolean deviceIdlePowerMgmtSupported,
                                boolean bankIdlePowerMgmtSupported, boolean emulateDebouncing,
                                boolean emulateActiveBoth, boolean independentIoHwSupported) {
        this(memoryMapped, activeInterruptsAutoClearOnRead, formatIoRequestsAsMasks, deviceIdlePowerMgmtSupported,
                bankIdlePowerMgmtSupported, emulateDebouncing, emulateActiveBoth, independentIoHwSupported, true, true);
    }

    /** A memory-mapped controller that needs no emulation. */
    public static ControllerAttributes memoryMappedController() {
        return new ControllerAttributes(true, false, true, false, false, false, false, true);
    }

    public ControllerAttributes withEmulateActiveBoth(boolean value) {
        return new ControllerAttributes(memoryMapped, activeInterruptsAutoClearOnRead, formatIoRequestsAsMasks,
                deviceIdlePowerMgmtSupported, bankIdlePowerMgmtSupported, emulateDebouncing, value, independentIoHwSupported,
                edgeInterrupts, levelInterrupts);
    }

    public ControllerAttributes withEmulateDebouncing(boolean value) {
        return new ControllerAttributes(memoryMapped, activeInterruptsAutoClearOnRead, formatIoRequestsAsMasks,
                deviceIdlePowerMgmtSupported, bankIdlePowerMgmtSupported, value, emulateActiveBoth, independentIoHwSupported,
                edgeInterrupts, levelInterrupts);
    }

    /** The same flags with the trigger modes the hardware detects. */
    public ControllerAttributes withInterruptModes(boolean edge, boolean level) {
        return new ControllerAttributes(memoryMapped, activeInterruptsAutoClearOnRead, formatIoRequestsAsMasks,
                deviceIdlePowerMgmtSupported, bankIdlePowerMgmtSupported, emulateDebouncing, emulateActiveBoth,
                independentIoHwSupported, edge, level);
    }
}
