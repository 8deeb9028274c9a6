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
     * Opens one of this device's I2C or SPI connections by its connection ID (from a CONNECTION/SERIAL_I2C or
     * SERIAL_SPI resource), as a driver opens {@code \Device\RESOURCE_HUB\<id>} with {@code WdfIoTargetOpen}.
     * PASSIVE_LEVEL. Throws STATUS_NOT_FOUND for an unknown ID or one that is not this device's,
     * STATUS_INVALID_PARAMETER for a connection that is neither, STATUS_DEVICE_NOT_READY when the controller is not
     * started, STATUS_SHARING_VIOLATION when the connection is already open, and the controller's own status when it
     * cannot serve the target (an SPI clock above its limit, a chip select it does not have).
     */
    dev.gpioint.spb.SpbTarget openSpbConnection(long connectionId);

    /**
     * Opens one of this device's UART connections by its connection ID (from a CONNECTION/SERIAL_UART resource), as
     * a driver opens {@code \Device\RESOURCE_HUB\<id>} on a SerCx2-managed port. PASSIVE_LEVEL. The port keeps
     * its current line settings until the driver applies the connection's ({@link
     * dev.gpioint.serial.SerialTarget#applyDefaultConfiguration()}). Throws STATUS_NOT_FOUND for an ID that is not
     * this device's, STATUS_INVALID_PARAMETER for a connection that is not UART, STATUS_DEVICE_NOT_READY when the
     * controller is not started and STATUS_SHARING_VIOLATION when the port is already open: a port has one client.
     */
    default dev.gpioint.serial.SerialTarget openSerialConnection(long connectionId) {
        throw new dev.gpioint.status.NtStatusException(dev.gpioint.status.NtStatus.NOT_SUPPORTED, path() + " cannot open serial ports");
    }

    /**
     * {@code IOCTL_RH_QUERY_CONNECTION_PROPERTIES}: the firmware descriptor the resource hub keeps for one of this
     * device's connection IDs (a GpioIo, I2cSerialBus, SpiSerialBus or UartSerialBus). PASSIVE_LEVEL. Throws
     * STATUS_NOT_FOUND for an ID that is not this device's.
     */
    default dev.gpioint.firmware.FirmwareResource queryConnectionProperties(long connectionId) {
        throw new dev.gpioint.status.NtStatusException(dev.gpioint.status.NtStatus.NOT_FOUND, "connection ID " + connectionId
                + " is not one of " + path() + "'s connections");
    }

    /**
     * Opens one of this device's GpioIo connections by its connection ID (from a CONNECTION/GPIO_IO resource)
     * for reading, writing or both. PASSIVE_LEVEL. Throws STATUS_NOT_FOUND for an ID that is not this device's,
     * STATUS_INVALID_PARAMETER for a connection that is not GpioIo, STATUS_DEVICE_NOT_READY when its controller
     * is not started, STATUS_SHARING_VIOLATION when it (or an Exclusive connection to one of its pins) is open,
     * STATUS_GPIO_OPERATION_DENIED when the descriptor's IoRestriction forbids {@code access}.
     */
    dev.gpioint.gpio.GpioIoTarget openGpioIo(long connectionId, dev.gpioint.gpio.GpioIoAccess access);

    /**
     * {@code WdfDeviceAssignS0IdleSettings}: after {@code idleTimeout} of machine time with no interrupt the PnP
     * manager powers the device down to D3; with {@code idleCanWake} its wake interrupts stay armed there and a
     * wake interrupt brings it back to D0, otherwise they are disconnected too. Power policy owner only,
     * PASSIVE_LEVEL; call it in deviceAdd or prepareHardware.
     */
    void assignS0IdleSettings(java.time.Duration idleTimeout, boolean idleCanWake);

    /** The device's {@code _DSD} properties (values are Long, String or List of those). */
    default java.util.Map<String, Object> properties() {
        return java.util.Map.of();
    }

    /**
     * {@code IOCTL_ACPI_EVAL_METHOD}: evaluates the firmware method {@code name} of this device (a single segment
     * is searched upward from the device, as ACPI does), with Long, String or byte[] arguments; the value is a
     * Long, String, byte[] or List, empty when the method returns nothing. PASSIVE_LEVEL. Fails with
     * STATUS_NOT_FOUND when there is no such object, STATUS_NOT_SUPPORTED when the firmware cannot run methods
     * (a board built in Java), STATUS_UNSUCCESSFUL when the method fails (the message says where).
     */
    default java.util.Optional<Object> evaluateMethod(String name, Object... args) {
        throw new dev.gpioint.status.NtStatusException(dev.gpioint.status.NtStatus.NOT_SUPPORTED,
                "this device's firmware cannot run methods");
    }

    /**
     * {@code RegisterForDeviceNotifications} of the ACPI interface ({@code GUID_ACPI_INTERFACE_STANDARD2}, which a
     * function driver gets with {@code IRP_MN_QUERY_INTERFACE}): from now on the firmware's {@code Notify} on this
     * device calls {@code callback} at DISPATCH_LEVEL, after the notifying method has returned (see
     * {@link DeviceNotificationCallback}). A device has one callback at a time. At most DISPATCH_LEVEL. Fails with
     * STATUS_INVALID_DEVICE_STATE when the device already has one (or is removed), STATUS_INVALID_PARAMETER for a
     * null callback, STATUS_NOT_SUPPORTED when the firmware is not ACPI (a board built in Java has no ACPI
     * interface). The PnP manager unregisters it when the device is removed (stopped, surprise removed or failed).
     */
    void registerForDeviceNotifications(DeviceNotificationCallback callback);

    /**
     * {@code UnregisterForDeviceNotifications}: notifications of this device are no longer delivered, including
     * those raised but not yet delivered. Does nothing when none is registered. At most DISPATCH_LEVEL.
     */
    void unregisterForDeviceNotifications();

    /**
     * {@code WdfWorkItemCreate} with this device as parent: a work item whose {@code callback} runs at
     * PASSIVE_LEVEL each time it is enqueued (what a DISPATCH_LEVEL callback uses to evaluate a method). At most
     * DISPATCH_LEVEL.
     */
    WdfWorkItem createWorkItem(WorkItemCallback callback);

    /**
     * The firmware resource behind each entry of the CM resource lists, index for index: what ACPI.sys knows of a
     * device's {@code _CRS}. An {@code Interrupt()} of several GSIVs stands behind as many entries; descriptors no
     * driver receives (pin configuration, vendor descriptors) are not listed. Drivers use the CM lists; this is for the drivers that play
     * ACPI.sys's own part (the GPIO-signaled event device, which needs each GpioInt's pin number).
     */
    default java.util.List<dev.gpioint.firmware.FirmwareResource> firmwareResources() {
        return java.util.List.of();
    }

    /** Reports something the driver observed ("power button pressed") to the machine's event log. */
    void report(String message);

    /**
     * {@code WdfDeviceSetFailed}: the driver cannot go on; the device is failed (interrupts disconnected, D0 exit,
     * hardware released) at PASSIVE_LEVEL soon after, with {@code reason} as its failure reason. Any IRQL.
     */
    void setFailed(String reason);

    /** Machine time in nanoseconds (virtual on a deterministic machine): for timestamps. */
    long nanoTime();

    /**
     * {@code KeStallExecutionProcessor}: busy-waits {@code microseconds} on the calling processor, any IRQL. On a
     * deterministic machine virtual time moves on by the stall (see {@link dev.gpioint.kernel.Machine#stallExecutionProcessor}).
     */
    void stallExecutionProcessor(long microseconds);
}
