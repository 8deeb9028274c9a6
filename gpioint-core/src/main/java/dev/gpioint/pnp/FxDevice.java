package dev.gpioint.pnp;

import dev.gpioint.firmware.NamePath;
import dev.gpioint.kernel.Irql;
import dev.gpioint.kernel.Machine;
import dev.gpioint.kernel.MachineEvent;
import dev.gpioint.kernel.RegisterWindow;
import dev.gpioint.kernel.Verifier;
import dev.gpioint.kernel.WorkItem;
import dev.gpioint.resource.ResourceDescriptor;
import dev.gpioint.resource.ResourceList;
import dev.gpioint.resource.ResourceType;
import dev.gpioint.status.NtStatus;
import dev.gpioint.status.NtStatusException;
import dev.gpioint.wdf.WdfDevice;
import dev.gpioint.wdf.WdfInterrupt;
import dev.gpioint.wdf.WdfInterruptConfig;
import dev.gpioint.wdf.WdfSpinLock;
import dev.gpioint.wdf.WdfWaitLock;
import dev.gpioint.wudf.WudfDevice;
import dev.gpioint.wudf.WudfInterrupt;
import dev.gpioint.wudf.WudfInterruptConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The framework's device object (FxDevice): the driver's view of one device node, the phase that decides what
 * the driver may do, its interrupts in creation order, and the way a failure inside an ISR, DPC or work item
 * reaches the PnP manager (at PASSIVE, through a work item allocated here).
 */
final class FxDevice implements WdfDevice, WudfDevice {
    /** What the device is doing, for the creation-window rules. */
    enum Phase {
        ADDING("in EvtDriverDeviceAdd"), MATCHING("binding resources"), PREPARING("in EvtDevicePrepareHardware"),
        RUNNING("past EvtDevicePrepareHardware"), RELEASED("released");

        private final String description;

        Phase(String description) {
            this.description = description;
        }

        String description() {
            return description;
        }
    }

    private final DeviceNode node;
    private final PnpManager pnp;
    private final boolean umdf;
    private final boolean directHardwareAccess;
    private final List<FxInterrupt> interrupts = new ArrayList<>();
    private final ReentrantLock callbackLock = new ReentrantLock();
    private final WorkItem failureWork;
    private volatile Phase phase = Phase.ADDING;
    private volatile String failure;
    private volatile Throwable failureCause;
    private boolean powerPolicyOwner = true;
    private volatile IdleTimer idleTimer;

    FxDevice(DeviceNode node, PnpManager pnp, boolean umdf, boolean directHardwareAccess) {
        this.node = node;
        this.pnp = pnp;
        this.umdf = umdf;
        this.directHardwareAccess = directHardwareAccess;
        this.failureWork = pnp.machine().newWorkItem(this::failNow, "failure of " + node.path());
    }

    Machine machine() {
        return pnp.machine();
    }

    PnpManager pnp() {
        return pnp;
    }

    DeviceNode node() {
        return node;
    }

    Phase phase() {
        return phase;
    }

    void setPhase(Phase value) {
        phase = value;
    }

    boolean isUmdf() {
        return umdf;
    }

    boolean directHardwareAccess() {
        return directHardwareAccess;
    }

    boolean hasConnectionResources() {
        return node.resources().translated().stream().anyMatch(d -> d.type() == ResourceType.CONNECTION);
    }

    ResourceList rawResources() {
        return node.resources().raw();
    }

    ResourceList translatedResources() {
        return node.resources().translated();
    }

    ReentrantLock callbackLock() {
        return callbackLock;
    }

    List<FxInterrupt> fxInterrupts() {
        return interrupts;
    }

    /** The highest DIRQL among the interrupts sharing {@code lock}: their common synchronize IRQL. */
    int synchronizeIrql(WdfSpinLock lock) {
        int highest = Irql.DIRQL_MIN;
        for (FxInterrupt interrupt : interrupts) {
            if (interrupt.config().spinLock().orElse(null) == lock && interrupt.translatedResource().isPresent()) {
                highest = Math.max(highest, interrupt.translatedResource().get().asInterrupt().level());
            }
        }
        return highest;
    }

    /** The idle settings, if the driver assigned them. */
    java.util.Optional<IdleTimer> idleTimer() {
        return java.util.Optional.ofNullable(idleTimer);
    }

    /** Whether wake interrupts stay armed when the device leaves D0 (always, unless idle settings say no). */
    boolean armsWakeInDx() {
        IdleTimer timer = idleTimer;
        return timer == null || timer.canWake();
    }

    /** An interrupt of this device was delivered: idle time starts again. Allocates nothing. */
    void noteActivity() {
        IdleTimer timer = idleTimer;
        if (timer != null) {
            timer.activity();
        }
    }

    // ---- failures from interrupt context ----

    boolean isFailing() {
        return failure != null;
    }

    /** Records that the driver failed at any IRQL; the device is failed at PASSIVE soon after. */
    void requestFailure(String reason, Throwable cause) {
        if (failure == null) {
            failure = reason;
            failureCause = cause;
            failureWork.queue();
        }
    }

    private void failNow() {
        pnp.failStartedDevice(node, failure, failureCause);
    }

    // ---- WdfDevice / WudfDevice ----

    @Override
    public NamePath path() {
        return node.path();
    }

    @Override
    public List<String> hardwareIds() {
        return node.firmware().matchIds();
    }

    @Override
    public WdfInterrupt createInterrupt(WdfInterruptConfig config) {
        Verifier.requireIrqlAtMost(Irql.DISPATCH, "WdfInterruptCreate");
        if (umdf) {
            throw new NtStatusException(NtStatus.INVALID_DEVICE_REQUEST, "a UMDF device creates interrupts with WudfInterruptConfig");
        }
        return create(InterruptCreationRules.validate(this, config.copy(), false), Optional.empty());
    }

    @Override
    public WudfInterrupt createInterrupt(WudfInterruptConfig config) {
        Verifier.requireIrql(Irql.PASSIVE, "IWDFDevice3::CreateInterrupt");
        var wdf = WdfInterruptConfig.init(config.onInterruptIsr().isPresent() ? (i, id) -> false : null, null)
                .passiveHandling(true)
                .shareVector(config.shareVector())
                .automaticSerialization(config.automaticSerialization());
        config.interruptRaw().ifPresent(wdf::interruptRaw);
        config.interruptTranslated().ifPresent(wdf::interruptTranslated);
        WdfInterruptConfig validated = InterruptCreationRules.validate(this, wdf, true);
        return create(validated, Optional.of(config));
    }

    private FxInterrupt create(WdfInterruptConfig config, Optional<WudfInterruptConfig> umdfConfig) {
        boolean inPrepare = phase == Phase.PREPARING;
        var interrupt = new FxInterrupt(this, config, umdfConfig, interrupts.size(), inPrepare);
        if (inPrepare) {
            interrupt.bind(config.interruptRaw().get(), config.interruptTranslated().get());
        }
        interrupts.add(interrupt);
        if (umdf && inPrepare && config.interruptTranslated().get().isLatched()
                && config.interruptTranslated().get().shareDisposition() == dev.gpioint.resource.ShareDisposition.SHARED) {
            pnp.machine().log().add(path().toString(), MachineEvent.Kind.INFO,
                    "interrupt " + interrupt.index() + " is a shared edge-triggered interrupt, which UMDF does not support");
        }
        return interrupt;
    }

    /**
     * PnpMatchResources: hands each interrupt descriptor of the translated list, in order, to the next
     * interrupt created in AddDevice. Surplus resources are left unused (and logged); surplus interrupts keep
     * no resource and connect as no-ops.
     */
    void matchResources() {
        ResourceList raw = rawResources();
        ResourceList translated = translatedResources();
        int next = 0;
        for (int i = 0; i < translated.size(); i++) {
            if (!translated.get(i).isInterrupt()) {
                continue;
            }
            if (next < interrupts.size()) {
                interrupts.get(next++).bind(raw.get(i), translated.get(i));
            } else {
                pnp.machine().log().add(path().toString(), MachineEvent.Kind.INFO,
                        "not enough interrupt objects created by the device: interrupt resource " + i + " is left unused");
            }
        }
    }

    /** Deletes the interrupts created in prepare-hardware, as WDF does after release-hardware. */
    void deletePrepareHardwareInterrupts() {
        interrupts.removeIf(FxInterrupt::createdInPrepare);
    }

    @Override
    public List<WdfInterrupt> interrupts() {
        return List.copyOf(interrupts);
    }

    @Override
    public WdfSpinLock createSpinLock() {
        return new FxSpinLock(this);
    }

    @Override
    public WdfWaitLock createWaitLock() {
        return new FxWaitLock(this);
    }

    @Override
    public boolean isPowerPolicyOwner() {
        return powerPolicyOwner;
    }

    @Override
    public void setPowerPolicyOwner(boolean owner) {
        if (phase != Phase.ADDING) {
            throw new NtStatusException(NtStatus.INVALID_DEVICE_STATE, "power policy ownership is set in EvtDriverDeviceAdd");
        }
        powerPolicyOwner = owner;
    }

    @Override
    public boolean isPdo() {
        return false;
    }

    @Override
    public RegisterWindow mapIoSpace(ResourceDescriptor translatedMemory) {
        Verifier.requireIrql(Irql.PASSIVE, "MmMapIoSpace");
        if (translatedResources().indexOfIdentical(translatedMemory) < 0 || translatedMemory.type() != ResourceType.MEMORY) {
            throw new NtStatusException(NtStatus.INVALID_PARAMETER, "MmMapIoSpace takes one of the device's own translated memory descriptors");
        }
        var range = translatedMemory.asRange();
        try {
            return pnp.machine().memory().map(range.start(), range.length());
        } catch (IllegalArgumentException nothingThere) {
            throw new NtStatusException(NtStatus.DEVICE_CONFIGURATION_ERROR, nothingThere.getMessage()
                    + " (the firmware's memory resource names registers this machine does not have)");
        }
    }

    @Override
    public dev.gpioint.spb.SpbTarget openSpbConnection(long connectionId) {
        Verifier.requireIrql(Irql.PASSIVE, "WdfIoTargetOpen");
        ResourceHub.Connection connection = ownConnection(connectionId);
        NamePath controllerPath = switch (connection.descriptor()) {
            case dev.gpioint.firmware.I2cSerialBus i2c -> i2c.controller();
            case dev.gpioint.firmware.SpiSerialBus spi -> spi.controller();
            default -> throw new NtStatusException(NtStatus.INVALID_PARAMETER, "connection " + connectionId + " is a "
                    + connection.descriptor().kind() + ", not an I2C or SPI connection");
        };
        dev.gpioint.spb.SpbController controller = pnp.spbController(controllerPath).orElseThrow(() -> new NtStatusException(
                NtStatus.DEVICE_NOT_READY, path() + " connection " + connectionId + " (" + connection.descriptor().kind()
                + "): SPB controller " + controllerPath + " is not started"));
        return controller.open(connectionId, connection.descriptor(), path().toString());
    }

    @Override
    public dev.gpioint.serial.SerialTarget openSerialConnection(long connectionId) {
        Verifier.requireIrql(Irql.PASSIVE, "WdfIoTargetOpen");
        ResourceHub.Connection connection = ownConnection(connectionId);
        if (!(connection.descriptor() instanceof dev.gpioint.firmware.UartSerialBus uart)) {
            throw new NtStatusException(NtStatus.INVALID_PARAMETER, "connection " + connectionId + " is a "
                    + connection.descriptor().kind() + ", not a UART connection");
        }
        dev.gpioint.serial.SerialController controller = pnp.serialController(uart.controller()).orElseThrow(() -> new NtStatusException(
                NtStatus.DEVICE_NOT_READY, path() + " connection " + connectionId + " (" + uart.kind() + "): serial controller "
                + uart.controller() + " is not started"));
        return controller.open(connectionId, uart, path().toString());
    }

    @Override
    public dev.gpioint.firmware.FirmwareResource queryConnectionProperties(long connectionId) {
        Verifier.requireIrql(Irql.PASSIVE, "IOCTL_RH_QUERY_CONNECTION_PROPERTIES");
        return ownConnection(connectionId).descriptor();
    }

    private ResourceHub.Connection ownConnection(long connectionId) {
        return pnp.resourceHub().connection(connectionId)
                .filter(c -> c.consumer().equals(path()))
                .orElseThrow(() -> new NtStatusException(NtStatus.NOT_FOUND, "connection ID " + connectionId + " is not one of "
                        + path() + "'s connections"));
    }

    @Override
    public dev.gpioint.gpio.GpioIoTarget openGpioIo(long connectionId, dev.gpioint.gpio.GpioIoAccess access) {
        Verifier.requireIrql(Irql.PASSIVE, "WdfIoTargetOpen");
        java.util.Objects.requireNonNull(access, "access");
        ResourceHub.Connection connection = pnp.resourceHub().connection(connectionId)
                .filter(c -> c.consumer().equals(path()))
                .orElseThrow(() -> new NtStatusException(NtStatus.NOT_FOUND, "connection ID " + connectionId + " is not one of "
                        + path() + "'s connections"));
        if (!(connection.descriptor() instanceof dev.gpioint.firmware.GpioIo io)) {
            throw new NtStatusException(NtStatus.INVALID_PARAMETER, "connection " + connectionId + " is a "
                    + connection.descriptor().kind() + ", not a GpioIo connection");
        }
        dev.gpioint.gpio.GpioController controller = pnp.gpioController(io.controller()).orElseThrow(() -> new NtStatusException(
                NtStatus.DEVICE_NOT_READY, "GPIO controller " + io.controller() + " is not started"));
        return controller.openIo(connectionId, io, access);
    }

    @Override
    public void assignS0IdleSettings(java.time.Duration idleTimeout, boolean idleCanWake) {
        Verifier.requireIrql(Irql.PASSIVE, "WdfDeviceAssignS0IdleSettings");
        if (!powerPolicyOwner) {
            throw new NtStatusException(NtStatus.INVALID_DEVICE_REQUEST, path() + " is not the power policy owner: it cannot assign S0 idle settings");
        }
        if (phase != Phase.ADDING && phase != Phase.PREPARING) {
            throw new NtStatusException(NtStatus.INVALID_DEVICE_STATE, "assign S0 idle settings in EvtDriverDeviceAdd or "
                    + "EvtDevicePrepareHardware; " + path() + " is " + phase.description());
        }
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new NtStatusException(NtStatus.INVALID_PARAMETER, "the idle timeout must be positive, not " + idleTimeout);
        }
        idleTimer = new IdleTimer(pnp, node, idleTimeout, idleCanWake);
    }

    @Override
    public java.util.Map<String, Object> properties() {
        return node.firmware().properties();
    }

    @Override
    public java.util.Optional<Object> evaluateMethod(String name, Object... args) {
        Verifier.requireIrql(Irql.PASSIVE, "IOCTL_ACPI_EVAL_METHOD");
        var methods = pnp.firmware().methods().orElseThrow(() -> new NtStatusException(NtStatus.NOT_SUPPORTED,
                node.path() + ": the firmware (" + pnp.firmware().origin() + ") cannot run methods"));
        try {
            return methods.evaluate(node.path(), name, java.util.List.of(args));
        } catch (dev.gpioint.firmware.FirmwareMethodException e) {
            throw new NtStatusException(e.notFound() ? NtStatus.NOT_FOUND : NtStatus.UNSUCCESSFUL, node.path() + "." + name + ": " + e.getMessage());
        }
    }

    @Override
    public void registerForDeviceNotifications(dev.gpioint.wdf.DeviceNotificationCallback callback) {
        Verifier.requireIrqlAtMost(Irql.DISPATCH, "RegisterForDeviceNotifications");
        if (umdf) {
            throw new NtStatusException(NtStatus.INVALID_DEVICE_REQUEST, "the ACPI interface is for kernel-mode drivers");
        }
        if (pnp.firmware().methods().isEmpty()) {
            throw new NtStatusException(NtStatus.NOT_SUPPORTED, node.path() + ": the firmware (" + pnp.firmware().origin()
                    + ") is not ACPI: there is no ACPI interface to register with");
        }
        if (phase == Phase.RELEASED) {
            throw new NtStatusException(NtStatus.INVALID_DEVICE_STATE, node.path() + " is removed");
        }
        pnp.notifications().register(this, callback);
    }

    @Override
    public void unregisterForDeviceNotifications() {
        Verifier.requireIrqlAtMost(Irql.DISPATCH, "UnregisterForDeviceNotifications");
        pnp.notifications().unregister(this);
    }

    @Override
    public dev.gpioint.wdf.WdfWorkItem createWorkItem(dev.gpioint.wdf.WorkItemCallback callback) {
        Verifier.requireIrqlAtMost(Irql.DISPATCH, "WdfWorkItemCreate");
        if (callback == null) {
            throw new NtStatusException(NtStatus.INVALID_PARAMETER, "WdfWorkItemCreate needs a callback");
        }
        return new FxWorkItem(this, callback);
    }

    @Override
    public java.util.List<dev.gpioint.firmware.FirmwareResource> firmwareResources() {
        // One entry per CM descriptor: an Interrupt() of several GSIVs is repeated, descriptors no driver gets are left out.
        return node.resources().sources();
    }

    @Override
    public void setFailed(String reason) {
        requestFailure(reason, null);
    }

    @Override
    public void report(String message) {
        pnp.machine().log().add(path().toString(), MachineEvent.Kind.DRIVER, message);
    }

    @Override
    public long nanoTime() {
        return pnp.machine().nanoTime();
    }

    @Override
    public void stallExecutionProcessor(long microseconds) {
        pnp.machine().stallExecutionProcessor(microseconds);
    }
}
