package dev.gpioint.drivers.gpio;

import dev.gpioint.driver.DevicePowerState;
import dev.gpioint.firmware.InterruptMode;
import dev.gpioint.firmware.Polarity;
import dev.gpioint.gpio.ControllerAttributes;
import dev.gpioint.gpio.ControllerBasicInformation;
import dev.gpioint.gpio.GpioClientDriver;
import dev.gpioint.gpio.GpioControllerClient;
import dev.gpioint.gpio.GpioInterruptParameters;
import dev.gpioint.kernel.Irql;
import dev.gpioint.resource.ResourceList;
import dev.gpioint.wdf.WdfDevice;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A controller client that forwards to a real one, declares the attributes a test wants and records every
 * callback with the IRQL it ran at, and the parameters of each enable and reconfigure.
 */
final class RecordingClient implements GpioControllerClient {
    final GpioControllerClient inner;
    final UnaryOperator<ControllerAttributes> attributes;
    final List<String> calls = Collections.synchronizedList(new ArrayList<>());
    final List<GpioInterruptParameters> enables = Collections.synchronizedList(new ArrayList<>());
    final List<String> reconfigures = Collections.synchronizedList(new ArrayList<>());
    final List<String> disables = Collections.synchronizedList(new ArrayList<>());

    RecordingClient(GpioControllerClient inner, UnaryOperator<ControllerAttributes> attributes) {
        this.inner = inner;
        this.attributes = attributes;
    }

    /** A driver for {@code base}'s devices whose clients are recorded in {@code made}. */
    static GpioClientDriver driver(GpioClientDriver base, UnaryOperator<ControllerAttributes> attributes, List<RecordingClient> made) {
        return new GpioClientDriver() {
            @Override
            public GpioControllerClient newClient() {
                var client = new RecordingClient(base.newClient(), attributes);
                made.add(client);
                return client;
            }

            @Override
            public String name() {
                return base.name() + " (recorded)";
            }

            @Override
            public List<String> hardwareIds() {
                return base.hardwareIds();
            }
        };
    }

    private void record(String call) {
        calls.add(call + " " + Irql.name(Irql.current()));
    }

    @Override
    public void prepareController(WdfDevice device, ResourceList raw, ResourceList translated) {
        record("prepare");
        inner.prepareController(device, raw, translated);
    }

    @Override
    public void releaseController() {
        inner.releaseController();
    }

    @Override
    public void startController(boolean restoreContext, DevicePowerState previous) {
        record("start");
        inner.startController(restoreContext, previous);
    }

    @Override
    public void stopController(boolean saveContext, DevicePowerState target) {
        inner.stopController(saveContext, target);
    }

    @Override
    public ControllerBasicInformation queryControllerBasicInformation() {
        var info = inner.queryControllerBasicInformation();
        return new ControllerBasicInformation(info.totalPins(), info.pinsPerBank(), attributes.apply(info.attributes()));
    }

    @Override
    public void enableInterrupt(GpioInterruptParameters parameters) {
        record("enable");
        enables.add(parameters);
        inner.enableInterrupt(parameters);
    }

    @Override
    public void disableInterrupt(int bank, int pin) {
        record("disable");
        disables.add(bank + "/" + pin);
        inner.disableInterrupt(bank, pin);
    }

    @Override
    public long maskInterrupts(int bank, long pinMask) {
        record("mask");
        return inner.maskInterrupts(bank, pinMask);
    }

    @Override
    public void unmaskInterrupt(GpioInterruptParameters parameters) {
        record("unmask");
        inner.unmaskInterrupt(parameters);
    }

    @Override
    public long queryActiveInterrupts(int bank, long enabledMask) {
        record("query-active");
        return inner.queryActiveInterrupts(bank, enabledMask);
    }

    @Override
    public long clearActiveInterrupts(int bank, long clearMask) {
        record("clear");
        return inner.clearActiveInterrupts(bank, clearMask);
    }

    @Override
    public boolean supportsQueryEnabledInterrupts() {
        return inner.supportsQueryEnabledInterrupts();
    }

    @Override
    public long queryEnabledInterrupts(int bank) {
        record("query-enabled");
        return inner.queryEnabledInterrupts(bank);
    }

    @Override
    public void reconfigureInterrupt(int bank, int pin, InterruptMode mode, Polarity polarity) {
        record("reconfigure");
        reconfigures.add(bank + "/" + pin + " " + mode + " " + polarity);
        inner.reconfigureInterrupt(bank, pin, mode, polarity);
    }

    @Override
    public long readGpioPins(int bank) {
        record("read");
        return inner.readGpioPins(bank);
    }

    @Override
    public void writeGpioPins(int bank, long setMask, long clearMask) {
        record("write");
        inner.writeGpioPins(bank, setMask, clearMask);
    }
}
