package dev.gpioint.wdf;

import dev.gpioint.firmware.NamePath;
import dev.gpioint.kernel.RegisterWindow;
import dev.gpioint.resource.ResourceDescriptor;
import dev.gpioint.status.NtStatusException;
import java.util.List;

/**
 * A device as its KMDF-style driver sees it (WDFDEVICE). Methods check their IRQL rule and throw
 * {@link dev.gpioint.kernel.VerifierException} when it is broken; failures the WDF API reports as NTSTATUS
 * throw {@link NtStatusException}.
 */
public interface WdfDevice {
    /** The device's namespace path. */
    NamePath path();

    /** {@code _HID} then each {@code _CID}. */
    List<String> hardwareIds();

    /**
     * {@code WdfInterruptCreate}: validates {@code config} with WDF's rules, in WDF's order, and creates the
     * interrupt. At most DISPATCH_LEVEL; allowed only in deviceAdd and in prepareHardware.
     */
    WdfInterrupt createInterrupt(WdfInterruptConfig config) throws NtStatusException;

    /** The interrupts created for this device, in creation order. */
    List<WdfInterrupt> interrupts();

    /** {@code WdfSpinLockCreate}: a lock several DIRQL interrupts can share through their config. */
    WdfSpinLock createSpinLock();

    /** {@code WdfWaitLockCreate}: a passive lock for a passive interrupt's config. */
    WdfWaitLock createWaitLock();

    /** Whether this driver owns the device's power policy (the default for a function driver). */
    boolean isPowerPolicyOwner();

    /** {@code WdfDeviceInitSetPowerPolicyOwnership}: only in deviceAdd. */
    void setPowerPolicyOwner(boolean owner);

    /** Whether this device is a PDO (a bus driver's child). Firmware devices are not. */
    boolean isPdo();

    /** {@code MmMapIoSpace} for a translated memory descriptor of this device. PASSIVE_LEVEL. */
    RegisterWindow mapIoSpace(ResourceDescriptor translatedMemory);

    /**
     * Opens one of this device's I2C connections by its connection ID (from a CONNECTION/SERIAL_I2C resource),
     * as a driver opens {@code \Device\RESOURCE_HUB\<id>} with {@code WdfIoTargetOpen}. PASSIVE_LEVEL.
     * Throws STATUS_NOT_FOUND for an unknown ID or one that is not this device's, STATUS_INVALID_PARAMETER for a
     * connection that is not I2C, STATUS_DEVICE_NOT_READY when the controller is not started and
     * STATUS_SHARING_VIOLATION when the connection is already open.
     */
    dev.gpioint.spb.SpbTarget openSpbConnection(long connectionId);

    /** Reports something the driver observed ("power button pressed") to the machine's event log. */
    void report(String message);

    /** Machine time in nanoseconds (virtual on a deterministic machine): for timestamps. */
    long nanoTime();
}
