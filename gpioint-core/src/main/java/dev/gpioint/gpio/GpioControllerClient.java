package dev.gpioint.gpio;

import dev.gpioint.driver.DevicePowerState;
import dev.gpioint.firmware.InterruptMode;
import dev.gpioint.firmware.Polarity;
import dev.gpioint.resource.ResourceList;
import dev.gpioint.status.NtStatus;
import dev.gpioint.status.NtStatusException;
import dev.gpioint.wdf.WdfDevice;
import java.util.Optional;

/**
 * The operations a GPIO controller driver gives the class extension (the {@code CLIENT_*} callbacks): the core
 * owns the interrupt state machine, the client only touches hardware. One instance per controller device.
 *
 * <p>Threading, as GpioClx documents it: for a memory-mapped controller the mask, unmask, query, clear and
 * reconfigure operations run at DIRQL with the bank's interrupt lock already held by the extension; enable,
 * disable and I/O run at PASSIVE. For a controller that is not memory mapped everything runs at PASSIVE under
 * the bank's wait lock. Clients must not take those locks themselves. Masks are 64-bit, one bit per
 * bank-relative pin. The interrupt-path methods return their results as primitives so they allocate nothing.
 */
public interface GpioControllerClient {
    /** {@code CLIENT_PrepareController}: map registers, find resources. PASSIVE. */
    void prepareController(WdfDevice device, ResourceList raw, ResourceList translated);

    /** {@code CLIENT_ReleaseController}. PASSIVE. */
    default void releaseController() {
    }

    /**
     * {@code CLIENT_StartController}: the controller enters D0. With {@code restoreContext} false (first start)
     * a client should disable every interrupt left enabled by firmware, which could storm before any driver
     * connects.
     */
    default void startController(boolean restoreContext, DevicePowerState previous) {
    }

    /** {@code CLIENT_StopController}: the controller leaves D0. */
    default void stopController(boolean saveContext, DevicePowerState target) {
    }

    /** {@code CLIENT_QueryControllerBasicInformation}: called once after prepare. */
    ControllerBasicInformation queryControllerBasicInformation();

    /**
     * {@code CLIENT_QuerySetControllerInformation} with {@code QueryBankInterruptBindingInformation}: which of the
     * controller's interrupt resources serves each of its {@code totalBanks} banks, as indexes in {@code raw} and
     * {@code translated} (the lists {@link #prepareController} got). Called once per prepare, after
     * {@link #queryControllerBasicInformation}, at PASSIVE.
     *
     * <p>Empty, the default, is the client's {@code STATUS_NOT_SUPPORTED}: the class extension then applies its own
     * rule, which fits a controller whose firmware lists one interrupt (it serves every bank) or at least one per
     * bank (the i-th serves bank i). A client whose hardware spreads its banks over some other number of interrupts
     * must answer, or the controller fails to start.
     */
    default Optional<BankInterruptBinding> queryBankInterruptBinding(ResourceList raw, ResourceList translated, int totalBanks) {
        return Optional.empty();
    }

    /** {@code CLIENT_EnableInterrupt}: configure and enable the pin, leaving it unmasked. */
    void enableInterrupt(GpioInterruptParameters parameters);

    /** {@code CLIENT_DisableInterrupt}. */
    void disableInterrupt(int bank, int pin);

    /** {@code CLIENT_MaskInterrupts}: returns the pins it failed to mask (0 for a memory-mapped controller). */
    long maskInterrupts(int bank, long pinMask);

    /** {@code CLIENT_UnmaskInterrupt}. */
    void unmaskInterrupt(GpioInterruptParameters parameters);

    /** {@code CLIENT_QueryActiveInterrupts}: the active pins among {@code enabledMask}, read from hardware. */
    long queryActiveInterrupts(int bank, long enabledMask);

    /** {@code CLIENT_ClearActiveInterrupts}: returns the pins it failed to clear. */
    long clearActiveInterrupts(int bank, long clearMask);

    /** Whether {@link #queryEnabledInterrupts} reads hardware (GpioClx uses it to catch drifted state). */
    default boolean supportsQueryEnabledInterrupts() {
        return false;
    }

    /** {@code CLIENT_QueryEnabledInterrupts}: the enabled pins, read directly from hardware. */
    default long queryEnabledInterrupts(int bank) {
        throw new NtStatusException(NtStatus.NOT_SUPPORTED, "this controller cannot report its enabled interrupts");
    }

    /** {@code CLIENT_ReconfigureInterrupt}: new mode and polarity on an enabled pin (ActiveBoth emulation). */
    default void reconfigureInterrupt(int bank, int pin, InterruptMode mode, Polarity polarity) {
        throw new NtStatusException(NtStatus.NOT_SUPPORTED, "this controller cannot reconfigure interrupts");
    }

    /** {@code CLIENT_ReadGpioPinsUsingMask}: the levels of the bank's pins. */
    default long readGpioPins(int bank) {
        throw new NtStatusException(NtStatus.NOT_SUPPORTED, "this controller cannot read pins");
    }

    /** {@code CLIENT_WriteGpioPinsUsingMask}: drive pins in {@code setMask} high and in {@code clearMask} low. */
    default void writeGpioPins(int bank, long setMask, long clearMask) {
        throw new NtStatusException(NtStatus.NOT_SUPPORTED, "this controller cannot write pins");
    }
}
