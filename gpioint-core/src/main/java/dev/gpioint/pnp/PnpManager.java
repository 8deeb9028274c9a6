package dev.gpioint.pnp;

import dev.gpioint.driver.DevicePowerState;
import dev.gpioint.driver.Driver;
import dev.gpioint.firmware.Firmware;
import dev.gpioint.firmware.FirmwareDevice;
import dev.gpioint.firmware.FirmwareMethodException;
import dev.gpioint.firmware.FirmwareException;
import dev.gpioint.firmware.FirmwareNotification;
import dev.gpioint.firmware.FirmwareResource;
import dev.gpioint.firmware.FirmwareSource;
import dev.gpioint.firmware.GpioInt;
import dev.gpioint.firmware.GpioIo;
import dev.gpioint.firmware.Interrupt;
import dev.gpioint.firmware.NamePath;
import dev.gpioint.firmware.OpaqueResource;
import dev.gpioint.firmware.ResourceOrigin;
import dev.gpioint.gpio.GpioClassExtension;
import dev.gpioint.gpio.GpioClientDriver;
import dev.gpioint.gpio.GpioController;
import dev.gpioint.kernel.Irql;
import dev.gpioint.kernel.KInterrupt;
import dev.gpioint.kernel.Machine;
import dev.gpioint.kernel.MachineEvent;
import dev.gpioint.kernel.Verifier;
import dev.gpioint.status.NtStatusException;
import dev.gpioint.wdf.KmdfDriver;
import dev.gpioint.wdf.TriState;
import dev.gpioint.wudf.UmdfDriver;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The PnP manager: enumerates the firmware's devices, matches drivers by hardware ID, starts GPIO controllers
 * before the devices whose GpioInt/GpioIo name them, translates resources, and runs each device's lifecycle:
 * add, prepare hardware, D0 entry, interrupts connected and enabled in creation order, D0 entry
 * post-interrupts-enabled; and on the way down D0 exit pre-interrupts-disabled, interrupts disabled and
 * disconnected in reverse order (DPCs and work items flushed), D0 exit, release hardware.
 *
 * <p>One device's failure (bad firmware, a missing controller, a driver that throws, an ISR that throws, an
 * interrupt storm) fails that device with a reason and leaves the others running. Call its methods at
 * PASSIVE_LEVEL from the thread that runs the machine (any thread for a realtime machine).
 */
public final class PnpManager {
    private final Machine machine;
    private final Firmware firmware;
    private final DriverCatalog catalog;
    private final PnpOptions options;
    private final Map<NamePath, DeviceNode> nodes = new LinkedHashMap<>();
    private final ResourceHub hub = new ResourceHub();
    private final ResourceTranslator translator;
    private final Map<KInterrupt, FxInterrupt> kernelInterrupts = new ConcurrentHashMap<>();
    private final Map<GpioClientDriver, GpioClassExtension> extensions = new LinkedHashMap<>();
    private final NotifyRouter notifications;

    public PnpManager(Machine machine, Firmware firmware, DriverCatalog catalog, PnpOptions options) {
        this.machine = Objects.requireNonNull(machine, "machine");
        this.firmware = Objects.requireNonNull(firmware, "firmware");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.options = Objects.requireNonNull(options, "options");
        for (FirmwareDevice device : firmware.devices()) {
            nodes.put(device.path(), new DeviceNode(device));
        }
        this.translator = new ResourceTranslator(machine, hub, this::gpioController);
        this.notifications = new NotifyRouter(this);
        // From here on the firmware's GPIO and serial-bus fields reach this machine's controllers, and its Notify
        // reaches the PnP manager and the drivers.
        firmware.methods().ifPresent(methods -> {
            methods.attach(new MachineRegions(this));
            methods.onNotify(notifications::enqueue);
        });
        machine.interrupts().addStormListener((source, owners) -> {
            for (KInterrupt owner : owners) {
                FxInterrupt interrupt = kernelInterrupts.get(owner);
                if (interrupt != null) {
                    ((FxDevice) interrupt.device()).requestFailure("interrupt storm on " + source.describe()
                            + ": its ISR kept the source asserted", null);
                }
            }
        });
    }

    public PnpManager(Machine machine, Firmware firmware, DriverCatalog catalog) {
        this(machine, firmware, catalog, PnpOptions.defaults());
    }

    /** Reads {@code source} and starts every device. */
    public static PnpManager boot(Machine machine, FirmwareSource source, DriverCatalog catalog) throws FirmwareException {
        var pnp = new PnpManager(machine, source.load(), catalog);
        pnp.startAll();
        return pnp;
    }

    public Machine machine() {
        return machine;
    }

    public Firmware firmware() {
        return firmware;
    }

    public PnpOptions options() {
        return options;
    }

    public ResourceHub resourceHub() {
        return hub;
    }

    /** Every device, in firmware order. */
    public List<DeviceNode> devices() {
        return List.copyOf(nodes.values());
    }

    /** The device at {@code path}; throws IllegalArgumentException naming it when there is none. */
    public DeviceNode device(String path) {
        DeviceNode node = nodes.get(NamePath.of(path));
        if (node == null) {
            throw new IllegalArgumentException("no device " + path + " in " + firmware.origin());
        }
        return node;
    }

    /** The device at {@code path}, if the firmware has one. */
    public Optional<DeviceNode> node(NamePath path) {
        return Optional.ofNullable(nodes.get(path));
    }

    /** Where the firmware's notifications go: the registered callbacks and the queue. */
    NotifyRouter notifications() {
        return notifications;
    }

    /** The started GPIO controller at {@code path}, if there is one. */
    public Optional<GpioController> gpioController(NamePath path) {
        DeviceNode node = nodes.get(path);
        if (node == null || node.state() != DeviceState.STARTED || node.callbacks == null) {
            return Optional.empty();
        }
        return node.callbacks.target() instanceof GpioController controller ? Optional.of(controller) : Optional.empty();
    }

    /** The started SPB (I2C or SPI) controller at {@code path}, if there is one. */
    public Optional<dev.gpioint.spb.SpbController> spbController(NamePath path) {
        DeviceNode node = nodes.get(path);
        if (node == null || node.callbacks == null || !(node.callbacks.target() instanceof dev.gpioint.spb.SpbController controller)) {
            return Optional.empty();
        }
        return node.state() == DeviceState.STARTED || node.state() == DeviceState.STARTING ? Optional.of(controller) : Optional.empty();
    }

    /** The started serial (UART) controller at {@code path}, if there is one. */
    public Optional<dev.gpioint.serial.SerialController> serialController(NamePath path) {
        DeviceNode node = nodes.get(path);
        if (node == null || node.callbacks == null || !(node.callbacks.target() instanceof dev.gpioint.serial.SerialController controller)) {
            return Optional.empty();
        }
        return node.state() == DeviceState.STARTED || node.state() == DeviceState.STARTING ? Optional.of(controller) : Optional.empty();
    }

    /** Starts every device that can start, controllers before their consumers. */
    public void startAll() {
        Verifier.requireIrql(Irql.PASSIVE, "PnpManager.startAll");
        for (DeviceNode node : startOrder()) {
            if (node.state() == DeviceState.DISCOVERED) {
                start(node);
            }
        }
    }

    /**
     * Firmware order, except that a device comes after every device its resources name: a depth-first walk of
     * dependencies. A dependency cycle fails the devices on it.
     */
    private List<DeviceNode> startOrder() {
        var ordered = new ArrayList<DeviceNode>();
        var done = new HashSet<NamePath>();
        var visiting = new HashSet<NamePath>();
        for (DeviceNode node : nodes.values()) {
            visit(node, ordered, done, visiting);
        }
        return ordered;
    }

    private void visit(DeviceNode node, List<DeviceNode> ordered, Set<NamePath> done, Set<NamePath> visiting) {
        if (done.contains(node.path())) {
            return;
        }
        if (!visiting.add(node.path())) {
            node.fail("its resources depend on themselves through a cycle of controllers");
            return;
        }
        for (NamePath dependency : node.firmware().dependencies()) {
            DeviceNode other = nodes.get(dependency);
            if (other != null && !other.path().equals(node.path())) {
                visit(other, ordered, done, visiting);
            }
        }
        visiting.remove(node.path());
        done.add(node.path());
        ordered.add(node);
    }

    private void start(DeviceNode node) {
        FirmwareDevice device = node.firmware();
        if (!device.isPresentAndEnabled()) {
            node.setState(DeviceState.NOT_PRESENT);
            node.setReason(firmware.hiddenBy(device).map(parent -> parent + " above it is not present")
                    .orElse("_STA is 0x" + Integer.toHexString(device.status()) + ": not present and enabled"));
            return;
        }
        if (device.defect().isPresent()) {
            failStart(node, "bad firmware: " + device.defect().get());
            return;
        }
        if (device.resourceOrigin() == ResourceOrigin.UNEVALUATED_METHOD) {
            failStart(node, "its _CRS method could not be evaluated");
            return;
        }
        if (device.resourceOrigin() == ResourceOrigin.EVALUATED_METHOD && firmware.methods().isPresent()) {
            // Windows evaluates a _CRS method when it starts the device: what earlier starts changed counts.
            try {
                List<FirmwareResource> current = firmware.methods().get().currentResources(device.path()).orElse(device.resources());
                // A board may give the driver more than _CRS (a simulated bus window after it): a _CRS that still
                // gives what the description starts with changes nothing.
                boolean unchanged = current.size() <= device.resources().size()
                        && current.equals(device.resources().subList(0, current.size()));
                if (!unchanged) {
                    device = device.withResources(current);
                    node.setFirmware(device);
                }
            } catch (FirmwareMethodException e) {
                failStart(node, "_CRS failed as the device started: " + e.getMessage());
                return;
            }
        }
        Optional<Driver> driver = catalog.match(device.matchIds());
        if (driver.isEmpty()) {
            node.setState(DeviceState.NO_DRIVER);
            node.setReason(device.matchIds().isEmpty() ? "no hardware ID" : "no driver for " + String.join(", ", device.matchIds()));
            return;
        }
        node.setDriver(driver.get());
        Optional<String> dependencyProblem = gpioDependencyProblem(device);
        if (dependencyProblem.isPresent()) {
            failStart(node, dependencyProblem.get());
            return;
        }
        List<FirmwareResource> handed = handedResources(device);
        Optional<String> layoutProblem = driver.get().expectedLayout().flatMap(layout -> LayoutCheck.mismatch(layout, handed));
        if (layoutProblem.isPresent()) {
            failStart(node, "driver " + driver.get().name() + ": " + layoutProblem.get());
            return;
        }
        node.setState(DeviceState.STARTING);
        try {
            node.setResources(translator.translate(device));
            addDevice(node, driver.get());
            node.fx.setPhase(FxDevice.Phase.MATCHING);
            node.fx.matchResources();
            node.fx.setPhase(FxDevice.Phase.PREPARING);
            node.prepared = true;
            node.callbacks.prepareHardware(node.resources().raw(), node.resources().translated());
            node.fx.setPhase(FxDevice.Phase.RUNNING);
            powerUp(node, DevicePowerState.D3);
            node.setState(DeviceState.STARTED);
            machine.log().add(node.path().toString(), MachineEvent.Kind.LIFECYCLE, "started by " + driver.get().name());
        } catch (RuntimeException | Error failure) {
            unwindFailedStart(node);
            failStart(node, reasonOf(driver.get(), failure));
        }
    }

    private void addDevice(DeviceNode node, Driver driver) {
        switch (driver) {
            case UmdfDriver umdf -> {
                node.fx = new FxDevice(node, this, true, umdf.directHardwareAccess());
                node.callbacks = new DeviceCallbacks.Umdf(node.fx, umdf.onDeviceAdd(node.fx));
            }
            case KmdfDriver kmdf -> {
                node.fx = new FxDevice(node, this, false, true);
                node.callbacks = new DeviceCallbacks.Kmdf(node.fx, kmdf.deviceAdd(node.fx));
            }
            case GpioClientDriver client -> {
                GpioClassExtension extension = extensions.computeIfAbsent(client,
                        c -> new GpioClassExtension(c, machine));
                node.fx = new FxDevice(node, this, false, true);
                node.callbacks = new DeviceCallbacks.Kmdf(node.fx, extension.deviceAdd(node.fx));
            }
            case dev.gpioint.spb.SpbControllerDriver spb -> {
                node.fx = new FxDevice(node, this, false, true);
                node.callbacks = new DeviceCallbacks.Kmdf(node.fx, new dev.gpioint.spb.SpbClassExtension(spb).deviceAdd(node.fx));
            }
            case dev.gpioint.serial.SerialControllerDriver serial -> {
                node.fx = new FxDevice(node, this, false, true);
                node.callbacks = new DeviceCallbacks.Kmdf(node.fx, new dev.gpioint.serial.SerialClassExtension(serial).deviceAdd(node.fx));
            }
            default -> throw new IllegalStateException("driver " + driver.name() + " is neither KMDF, UMDF, a GPIO client, an SPB "
                    + "controller nor a serial controller: "
                    + driver.getClass().getName());
        }
    }

    /** Why a device cannot use the GPIO controllers its GpioInt/GpioIo name, if it cannot. */
    private Optional<String> gpioDependencyProblem(FirmwareDevice device) {
        int position = 0;
        for (FirmwareResource resource : device.resources()) {
            position++;
            NamePath controller = switch (resource) {
                case GpioInt gpio -> gpio.controller();
                case GpioIo io -> io.controller();
                default -> null;
            };
            if (controller == null) {
                continue;
            }
            String where = resource.kind() + " #" + position;
            DeviceNode other = nodes.get(controller);
            if (other == null) {
                return Optional.of(where + " names GPIO controller " + controller + ", which is not in the firmware");
            }
            if (other.state() != DeviceState.STARTED) {
                return Optional.of(where + " names GPIO controller " + controller + ", which is not started ("
                        + other.state() + other.failureReason().map(r -> ": " + r).orElse("") + ")");
            }
            if (gpioController(controller).isEmpty()) {
                return Optional.of(where + " names " + controller + ", which is not a GPIO controller");
            }
        }
        return Optional.empty();
    }

    /** The firmware resources as a driver receives them: opaque ones left out, one entry per interrupt number. */
    static List<FirmwareResource> handedResources(FirmwareDevice device) {
        var handed = new ArrayList<FirmwareResource>();
        for (FirmwareResource resource : device.resources()) {
            switch (resource) {
                case OpaqueResource ignored -> {
                }
                case Interrupt interrupt -> interrupt.gsivs().forEach(g -> handed.add(interrupt));
                default -> handed.add(resource);
            }
        }
        return handed;
    }

    private void powerUp(DeviceNode node, DevicePowerState previous) {
        node.callbacks.d0Entry(previous);
        node.d0Entered = true;
        for (FxInterrupt interrupt : node.fx.fxInterrupts()) {
            if (interrupt.kernelInterrupt().isPresent()) {
                interrupt.reportActive(); // soft-disconnected or armed for wake: it stayed connected
            } else {
                interrupt.connect(); // the first failure stops the walk and fails the device
            }
        }
        node.interruptsConnected = true;
        node.callbacks.d0EntryPostInterruptsEnabled(previous);
        node.setPowerState(DevicePowerState.D0);
        node.fx.idleTimer().ifPresent(IdleTimer::restart);
    }

    private void powerDown(DeviceNode node, DevicePowerState target) {
        node.callbacks.d0ExitPreInterruptsDisabled(target);
        List<FxInterrupt> interrupts = node.fx.fxInterrupts();
        for (int i = interrupts.size() - 1; i >= 0; i--) {
            FxInterrupt interrupt = interrupts.get(i);
            if (interrupt.canWake() && target != DevicePowerState.D0 && node.fx.armsWakeInDx()) {
                continue; // armed for wake: stays connected and enabled
            }
            if (softDisconnect(interrupt)) {
                interrupt.reportInactive();
            } else {
                interrupt.disconnect(true);
            }
        }
        node.interruptsConnected = false;
        node.callbacks.d0Exit(target);
        node.d0Entered = false;
        node.setPowerState(target);
    }

    private boolean softDisconnect(FxInterrupt interrupt) {
        if (interrupt.device() instanceof FxDevice fx && fx.isUmdf()) {
            return false; // UMDF ignores ReportInactiveOnPowerDown
        }
        TriState setting = interrupt.config().reportInactiveOnPowerDown();
        return setting == TriState.TRUE || (setting == TriState.USE_DEFAULT && options.armSoftDisconnect());
    }

    /** Moves a started device to a low-power state (its wake interrupts stay armed). */
    public void powerDown(NamePath path, DevicePowerState target) {
        Verifier.requireIrql(Irql.PASSIVE, "PnpManager.powerDown");
        if (target == DevicePowerState.D0) {
            throw new IllegalArgumentException("power down to D1..D3, not D0");
        }
        DeviceNode node = requireNode(path);
        if (node.state() != DeviceState.STARTED) {
            throw new IllegalStateException(path + " is " + node.state() + ", not started in D0");
        }
        try {
            powerDown(node, target);
            node.setState(DeviceState.POWERED_DOWN);
        } catch (RuntimeException failure) {
            failStartedDevice(node, reasonOf(node.driver().orElseThrow(), failure), failure);
        }
    }

    /** Brings a powered-down device back to D0. */
    public void powerUp(NamePath path) {
        Verifier.requireIrql(Irql.PASSIVE, "PnpManager.powerUp");
        DeviceNode node = requireNode(path);
        if (node.state() != DeviceState.POWERED_DOWN) {
            throw new IllegalStateException(path + " is " + node.state() + ", not powered down");
        }
        DevicePowerState previous = node.powerState();
        try {
            powerUp(node, previous);
            node.setState(DeviceState.STARTED);
        } catch (RuntimeException failure) {
            failStartedDevice(node, reasonOf(node.driver().orElseThrow(), failure), failure);
        }
    }

    /**
     * A wake interrupt of a powered-down device fired (at PASSIVE, in its ISR thunk): bring the device back to
     * D0 before its ISR runs.
     */
    void wakeFromInterrupt(DeviceNode node, int interruptIndex) {
        synchronized (node) {
            if (node.state() != DeviceState.POWERED_DOWN) {
                return;
            }
            machine.log().add(node.path().toString(), MachineEvent.Kind.LIFECYCLE, "wake interrupt " + interruptIndex
                    + " fired in " + node.powerState() + ": powering up to D0");
            powerUp(node.path());
        }
    }

    /**
     * Surprise removal (IRP_MN_SURPRISE_REMOVAL): the hardware is already gone. The device is logged as surprise
     * removed, then torn down as {@link #stop} does (interrupts disconnected, D0 exit, hardware released); it ends
     * STOPPED.
     */
    public void surpriseRemove(NamePath path) {
        Verifier.requireIrql(Irql.PASSIVE, "PnpManager.surpriseRemove");
        machine.log().add(path.toString(), MachineEvent.Kind.LIFECYCLE, "surprise removal: the hardware is gone");
        stop(path);
    }

    /** Stops a started device: powers it down to D3 and releases its hardware. */
    public void stop(NamePath path) {
        Verifier.requireIrql(Irql.PASSIVE, "PnpManager.stop");
        DeviceNode node = requireNode(path);
        if (node.state() != DeviceState.STARTED && node.state() != DeviceState.POWERED_DOWN) {
            throw new IllegalStateException(path + " is " + node.state() + ", not started");
        }
        try {
            if (node.state() == DeviceState.STARTED) {
                powerDown(node, DevicePowerState.D3);
            } else {
                disconnectAll(node); // wake interrupts stayed armed
            }
            node.callbacks.releaseHardware(node.resources().translated());
            node.prepared = false;
            node.fx.setPhase(FxDevice.Phase.RELEASED);
            node.fx.deletePrepareHardwareInterrupts();
            releasePins(node);
            notifications.deviceRemoved(node);
            node.setState(DeviceState.STOPPED);
            machine.log().add(path.toString(), MachineEvent.Kind.LIFECYCLE, "stopped");
        } catch (RuntimeException failure) {
            failStartedDevice(node, reasonOf(node.driver().orElseThrow(), failure), failure);
        }
    }

    /**
     * A bus check ({@code Notify} 0x00) or device check (0x01) on {@code target}, on the notification worker at
     * PASSIVE: {@code _STA} is evaluated again for the device and, for a bus check or when the device's presence
     * changed, for every device below it (a device below one that is neither present nor functioning is absent,
     * ACPI 6.5 section 6.3.7). Devices that disappeared are surprise removed, deepest first; devices that appeared
     * start, controllers before their consumers. Devices whose presence did not change keep their state.
     */
    void checkPresence(DeviceNode target, FirmwareNotification notification) {
        Verifier.requireIrql(Irql.PASSIVE, "bus or device check");
        String why = "Notify " + notification.describeCode();
        var evaluated = new LinkedHashMap<DeviceNode, Integer>();
        int status = currentStatus(target, why);
        evaluated.put(target, status);
        boolean targetChanged = isPresent(target, status) != wasPresent(target);
        boolean below = notification.code() == FirmwareNotification.BUS_CHECK || targetChanged;
        machine.log().add(target.path().toString(), MachineEvent.Kind.INFO, why + ": _STA is 0x" + Integer.toHexString(status)
                + (targetChanged ? "" : ", presence unchanged") + (below ? "; checking the devices below it" : ""));
        if (below) {
            String prefix = target.path() + ".";
            for (DeviceNode node : nodes.values()) {
                if (node.path().toString().startsWith(prefix)) {
                    evaluated.put(node, hiddenByParent(node, evaluated) ? 0 : currentStatus(node, why));
                }
            }
        }
        var gone = new ArrayList<DeviceNode>();
        var arrived = new HashSet<NamePath>();
        evaluated.forEach((node, sta) -> {
            boolean present = isPresent(node, sta) && !hiddenByParent(node, evaluated);
            if (wasPresent(node) && !present) {
                gone.add(node);
            } else if (!wasPresent(node) && present) {
                arrived.add(node.path());
            }
            node.setFirmware(node.firmware().withStatus(sta));
        });
        for (int i = gone.size() - 1; i >= 0; i--) {
            DeviceNode node = gone.get(i);
            if (node.state() == DeviceState.STARTED || node.state() == DeviceState.POWERED_DOWN) {
                surpriseRemove(node.path());
            }
            node.setState(DeviceState.NOT_PRESENT);
            node.setReason("_STA is 0x" + Integer.toHexString(node.firmware().status()) + " after " + why);
            machine.log().add(node.path().toString(), MachineEvent.Kind.LIFECYCLE, "no longer present (" + why + ")");
        }
        for (DeviceNode node : startOrder()) {
            if (arrived.contains(node.path())) {
                machine.log().add(node.path().toString(), MachineEvent.Kind.LIFECYCLE, "present (" + why + "): starting");
                node.reset();
                start(node);
            }
        }
    }

    /** {@code _STA} as the firmware answers now; 0x0F without one; 0 (absent, logged) when it fails. */
    private int currentStatus(DeviceNode node, String why) {
        var methods = firmware.methods().orElseThrow();
        String sta = node.path() + "._STA";
        if (!methods.exists(node.path(), sta)) {
            return FirmwareDevice.STA_DEFAULT;
        }
        try {
            return methods.evaluate(node.path(), sta, List.of()).filter(Long.class::isInstance).map(v -> (int) (long) (Long) v)
                    .orElse(0);
        } catch (FirmwareMethodException e) {
            machine.log().add(node.path().toString(), MachineEvent.Kind.FAILURE, "_STA failed after " + why + ": " + e.getMessage()
                    + " (taken as not present)");
            return 0;
        }
    }

    private static boolean isPresent(DeviceNode node, int status) {
        return (status & (FirmwareDevice.STA_PRESENT | FirmwareDevice.STA_ENABLED)) == (FirmwareDevice.STA_PRESENT | FirmwareDevice.STA_ENABLED);
    }

    /** Whether the PnP manager counts the device as there: anything but not present. */
    private static boolean wasPresent(DeviceNode node) {
        return node.state() != DeviceState.NOT_PRESENT;
    }

    /** Whether a device above {@code node} is neither present nor functioning, by the statuses just evaluated or known. */
    private boolean hiddenByParent(DeviceNode node, Map<DeviceNode, Integer> evaluated) {
        String path = node.path().toString();
        for (int dot = path.lastIndexOf('.'); dot > 0; dot = path.lastIndexOf('.', dot - 1)) {
            DeviceNode parent = nodes.get(NamePath.of(path.substring(0, dot)));
            if (parent != null) {
                int status = evaluated.getOrDefault(parent, parent.firmware().status());
                if ((status & (FirmwareDevice.STA_PRESENT | FirmwareDevice.STA_FUNCTIONING)) == 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A device wake ({@code Notify} 0x02) on the notification worker: a device the PnP manager powered down comes back to D0. */
    void wakeFromNotify(DeviceNode node, String what) {
        synchronized (node) {
            if (node.state() != DeviceState.POWERED_DOWN) {
                machine.log().add(node.path().toString(), MachineEvent.Kind.INFO, what + ": nothing to wake (" + node.state() + ")");
                return;
            }
            machine.log().add(node.path().toString(), MachineEvent.Kind.LIFECYCLE, what + " in " + node.powerState()
                    + ": powering up to D0");
            powerUp(node.path());
        }
    }

    private DeviceNode requireNode(NamePath path) {
        DeviceNode node = nodes.get(path);
        if (node == null) {
            throw new IllegalArgumentException("no device " + path);
        }
        return node;
    }

    /**
     * Fails a device that was started (or starting) because its driver failed at run time: disconnects its
     * interrupts, calls D0 exit and release hardware (ignoring their own failures), and records the reason.
     */
    void failStartedDevice(DeviceNode node, String reason, Throwable cause) {
        if (node.state() == DeviceState.FAILED) {
            return;
        }
        unwindFailedStart(node);
        failStart(node, reason);
    }

    private void unwindFailedStart(DeviceNode node) {
        if (node.fx != null) {
            disconnectAll(node);
        }
        if (node.d0Entered) {
            quietly(node, () -> node.callbacks.d0Exit(DevicePowerState.D3));
            node.d0Entered = false;
        }
        if (node.prepared && node.callbacks != null) {
            quietly(node, () -> node.callbacks.releaseHardware(node.resources().translated()));
            node.prepared = false;
        }
        if (node.fx != null) {
            node.fx.setPhase(FxDevice.Phase.RELEASED);
        }
        releasePins(node);
        notifications.deviceRemoved(node);
    }

    private void disconnectAll(DeviceNode node) {
        List<FxInterrupt> interrupts = node.fx.fxInterrupts();
        for (int i = interrupts.size() - 1; i >= 0; i--) {
            FxInterrupt interrupt = interrupts.get(i);
            quietly(node, () -> interrupt.disconnect(true));
        }
        node.interruptsConnected = false;
    }

    private void releasePins(DeviceNode node) {
        for (FirmwareResource resource : node.resources().sources()) {
            if (resource instanceof GpioInt gpio) {
                gpioController(gpio.controller()).ifPresent(c -> c.releasePin(gpio.pin(), node.path()));
            }
        }
    }

    private void quietly(DeviceNode node, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException | Error failure) {
            machine.log().add(node.path().toString(), MachineEvent.Kind.FAILURE, "while tearing down: " + failure);
        }
    }

    private void failStart(DeviceNode node, String reason) {
        node.fail(reason);
        machine.log().add(node.path().toString(), MachineEvent.Kind.FAILURE, reason);
    }

    private static String reasonOf(Driver driver, Throwable failure) {
        return switch (failure) {
            case NtStatusException status -> status.getMessage();
            case dev.gpioint.kernel.VerifierException verifier -> verifier.getMessage();
            default -> "driver " + driver.name() + " threw " + failure;
        };
    }

    void registerKernelInterrupt(KInterrupt kernel, FxInterrupt interrupt) {
        kernelInterrupts.put(kernel, interrupt);
    }

    void unregisterKernelInterrupt(KInterrupt kernel) {
        kernelInterrupts.remove(kernel);
    }

    /** The device node that owns a connected kernel interrupt object (for statistics). */
    public Optional<DeviceNode> ownerOf(KInterrupt kernel) {
        FxInterrupt interrupt = kernelInterrupts.get(kernel);
        return interrupt == null ? Optional.empty() : Optional.of(((FxDevice) interrupt.device()).node());
    }
}
