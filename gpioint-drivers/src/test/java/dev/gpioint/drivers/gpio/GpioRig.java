package dev.gpioint.drivers.gpio;

import dev.gpioint.driver.Driver;
import dev.gpioint.drivers.simgpio.SimGpioDriver;
import dev.gpioint.firmware.BoardBuilder;
import dev.gpioint.firmware.Firmware;
import dev.gpioint.firmware.InterruptMode;
import dev.gpioint.firmware.Polarity;
import dev.gpioint.firmware.Sharing;
import dev.gpioint.firmware.NamePath;
import dev.gpioint.gpio.ControllerAttributes;
import dev.gpioint.gpio.GpioController;
import dev.gpioint.kernel.Machine;
import dev.gpioint.kernel.MachineEvent;
import dev.gpioint.pnp.DeviceNode;
import dev.gpioint.pnp.DriverCatalog;
import dev.gpioint.pnp.PnpManager;
import dev.gpioint.sim.SimGpioController;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * A SimGpio controller ({@code \_SB.GPO0}) whose client declares the attributes a test wants and is recorded,
 * plus whatever peripheral devices a test describes, booted on a deterministic machine.
 */
record GpioRig(Machine machine, SimGpioController gpio, PnpManager pnp, RecordingClient client) {
    static final String GPIO = "\\_SB.GPO0";
    static final long BASE = 0xFED0_0000L;

    /** Firmware with the controller (wake-capable bank interrupts when {@code wake}) and the given devices. */
    static Firmware firmware(boolean wake, Consumer<BoardBuilder.DeviceBuilder> controller, Consumer<BoardBuilder> devices) {
        var b = BoardBuilder.named("gpio-rig").device(GPIO, d -> {
            d.hid(SimGpioDriver.HARDWARE_ID).memory32Fixed(BASE, 0x100);
            for (long gsiv = 40; gsiv < 44; gsiv++) {
                d.interrupt(gsiv, InterruptMode.LEVEL, Polarity.ACTIVE_HIGH, Sharing.EXCLUSIVE, wake);
            }
            controller.accept(d);
        });
        devices.accept(b);
        return b.build();
    }

    static Firmware firmware(Consumer<BoardBuilder> devices) {
        return firmware(false, d -> { }, devices);
    }

    /** Sets pin inputs before boot (e.g. idle-high buttons), then boots. */
    static GpioRig boot(Firmware firmware, UnaryOperator<ControllerAttributes> attributes, Consumer<SimGpioController> wiring, Driver... peripherals) {
        var machine = Machine.deterministic(2);
        var gpio = new SimGpioController(machine, "simgpio", BASE, List.of(40L, 41L, 42L, 43L));
        wiring.accept(gpio);
        var made = new ArrayList<RecordingClient>();
        var drivers = new ArrayList<Driver>();
        drivers.add(RecordingClient.driver(new SimGpioDriver(), attributes, made));
        drivers.addAll(List.of(peripherals));
        var pnp = new PnpManager(machine, firmware, DriverCatalog.of(drivers.toArray(Driver[]::new)));
        pnp.startAll();
        machine.runUntilIdle();
        return new GpioRig(machine, gpio, pnp, made.isEmpty() ? null : made.getFirst());
    }

    static GpioRig boot(Firmware firmware, Driver... peripherals) {
        return boot(firmware, a -> a, g -> { }, peripherals);
    }

    GpioController controller() {
        return pnp.gpioController(NamePath.of(GPIO)).orElseThrow();
    }

    DeviceNode device(String path) {
        return pnp.device(path);
    }

    void set(int pin, boolean high) {
        gpio.setInput(pin, high);
        machine.runUntilIdle();
    }

    /** Runs {@code action} at machine time {@code at} from now (in milliseconds). */
    void at(double millis, Runnable action) {
        machine.schedule(Duration.ofNanos((long) (millis * 1_000_000)), action);
    }

    void advanceMillis(long millis) {
        machine.advance(Duration.ofMillis(millis));
        machine.runUntilIdle();
    }

    List<String> log(MachineEvent.Kind kind) {
        return machine.log().events(kind).stream().map(e -> e.source() + ": " + e.message()).toList();
    }
}
