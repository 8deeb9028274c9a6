package dev.gpioint.pnp;

import dev.gpioint.driver.DevicePowerState;
import dev.gpioint.driver.Driver;
import dev.gpioint.firmware.FirmwareDevice;
import dev.gpioint.firmware.NamePath;
import dev.gpioint.wdf.WdfInterrupt;
import java.util.List;
import java.util.Optional;

/**
 * One device in the PnP manager's tree: its firmware description, the driver matched to it, its state, why it
 * failed if it did, and its resource lists once translated. Read it from the machine's thread (or after the
 * machine is idle); the PnP manager changes it.
 */
public final class DeviceNode {
    private FirmwareDevice firmware;
    private volatile DeviceState state = DeviceState.DISCOVERED;
    private volatile Optional<String> failureReason = Optional.empty();
    private Optional<Driver> driver = Optional.empty();
    private TranslatedResources resources = TranslatedResources.none();
    private DevicePowerState powerState = DevicePowerState.D3;
    FxDevice fx;
    DeviceCallbacks callbacks;
    boolean prepared;
    boolean d0Entered;
    boolean interruptsConnected;

    DeviceNode(FirmwareDevice firmware) {
        this.firmware = firmware;
    }

    public NamePath path() {
        return firmware.path();
    }

    public FirmwareDevice firmware() {
        return firmware;
    }

    /** The description with the resources its {@code _CRS} gives now, evaluated as the device starts. */
    void setFirmware(FirmwareDevice current) {
        this.firmware = current;
    }

    public DeviceState state() {
        return state;
    }

    /** Why the device failed, or is not started ("no driver for ..."). */
    public Optional<String> failureReason() {
        return failureReason;
    }

    public Optional<Driver> driver() {
        return driver;
    }

    /** Raw and translated lists (empty until translated) with the firmware source of each entry. */
    public TranslatedResources resources() {
        return resources;
    }

    public DevicePowerState powerState() {
        return powerState;
    }

    /** The device's interrupt objects, in creation order. */
    public List<WdfInterrupt> interrupts() {
        return fx == null ? List.of() : fx.interrupts();
    }

    /** The driver's per-device callbacks object (a GPIO controller for a controller device). */
    public Optional<Object> driverObject() {
        return callbacks == null ? Optional.empty() : Optional.of(callbacks.target());
    }

    /**
     * Forgets the device's last life (its framework object, callbacks, resources, failure) so that it can start
     * again as if just discovered: a device that disappeared and came back after a bus or device check.
     */
    void reset() {
        fx = null;
        callbacks = null;
        prepared = false;
        d0Entered = false;
        interruptsConnected = false;
        resources = TranslatedResources.none();
        powerState = DevicePowerState.D3;
        failureReason = Optional.empty();
        state = DeviceState.DISCOVERED;
    }

    void setState(DeviceState value) {
        state = value;
    }

    void fail(String reason) {
        failureReason = Optional.of(reason);
        state = DeviceState.FAILED;
    }

    void setReason(String reason) {
        failureReason = Optional.of(reason);
    }

    void setDriver(Driver value) {
        driver = Optional.of(value);
    }

    void setResources(TranslatedResources value) {
        resources = value;
    }

    void setPowerState(DevicePowerState value) {
        powerState = value;
    }

    @Override
    public String toString() {
        return path() + " " + state + failureReason.map(r -> " (" + r + ")").orElse("");
    }
}
