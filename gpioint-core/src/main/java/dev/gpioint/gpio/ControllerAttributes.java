package dev.gpioint.gpio;

/**
 * {@code CONTROLLER_ATTRIBUTE_FLAGS}: what a controller can do and how the class extension must treat it.
 *
 * @param memoryMapped           registers reachable at DIRQL; if false every callback runs at PASSIVE and
 *                               peripheral ISRs on its pins must be passive
 * @param activeInterruptsAutoClearOnRead querying active pins clears them; the extension then never clears
 * @param formatIoRequestsAsMasks I/O requests come as bank masks
 * @param emulateDebouncing      the extension debounces in software
 * @param emulateActiveBoth      the extension emulates ActiveBoth with level mode and polarity flips
 *                               (the client must then implement reconfigureInterrupt)
 */
public record ControllerAttributes(boolean memoryMapped, boolean activeInterruptsAutoClearOnRead,
                                   boolean formatIoRequestsAsMasks, boolean deviceIdlePowerMgmtSupported,
                                   boolean bankIdlePowerMgmtSupported, boolean emulateDebouncing,
                                   boolean emulateActiveBoth, boolean independentIoHwSupported) {

    /** A memory-mapped controller that needs no emulation. */
    public static ControllerAttributes memoryMappedController() {
        return new ControllerAttributes(true, false, true, false, false, false, false, true);
    }

    public ControllerAttributes withEmulateActiveBoth(boolean value) {
        return new ControllerAttributes(memoryMapped, activeInterruptsAutoClearOnRead, formatIoRequestsAsMasks,
                deviceIdlePowerMgmtSupported, bankIdlePowerMgmtSupported, emulateDebouncing, value, independentIoHwSupported);
    }

    public ControllerAttributes withEmulateDebouncing(boolean value) {
        return new ControllerAttributes(memoryMapped, activeInterruptsAutoClearOnRead, formatIoRequestsAsMasks,
                deviceIdlePowerMgmtSupported, bankIdlePowerMgmtSupported, value, emulateActiveBoth, independentIoHwSupported);
    }
}
