package dev.gpioint.drivers;

import dev.gpioint.drivers.sensor.SensorDevice;
import dev.gpioint.drivers.sensor.SensorDriver;
import dev.gpioint.drivers.simgpio.SimGpioDriver;
import dev.gpioint.firmware.BoardBuilder;
import dev.gpioint.firmware.Firmware;
import dev.gpioint.firmware.InterruptMode;
import dev.gpioint.firmware.Polarity;
import dev.gpioint.kernel.Machine;
import dev.gpioint.pnp.DriverCatalog;
import dev.gpioint.pnp.PnpManager;
import dev.gpioint.sim.SimGpioController;
import dev.gpioint.sim.SimSensor;
import java.util.List;

/**
 * A small board for tests: a SimGpio controller ({@code \_SB.GPO0}, registers at 0xFED00000, bank interrupts
 * on GSIVs 40-43) and a two-interrupt sensor ({@code \_SB.SNS0}, registers at 0xFED10000) whose data-ready and
 * activity outputs go either to GPIO pins 5 and 6 or to primary lines 60 and 61.
 */
public final class SensorBoard {
    public static final long GPIO_BASE = 0xFED0_0000L;
    public static final long SENSOR_BASE = 0xFED1_0000L;
    public static final List<Long> BANK_GSIVS = List.of(40L, 41L, 42L, 43L);
    public static final int DATA_READY_PIN = 5;
    public static final int ACTIVITY_PIN = 6;
    public static final long DATA_READY_GSIV = 60;
    public static final long ACTIVITY_GSIV = 61;

    /** How the sensor's outputs are wired and described. */
    public enum Wiring { GPIO_PINS, INTERRUPT_LINES }

    public final Machine machine;
    public final SimGpioController gpio;
    public final SimSensor sensor;
    public final PnpManager pnp;

    private SensorBoard(Machine machine, Wiring wiring, boolean swapped, DriverCatalog drivers) {
        this.machine = machine;
        this.gpio = new SimGpioController(machine, "simgpio", GPIO_BASE, BANK_GSIVS);
        this.sensor = wiring == Wiring.GPIO_PINS
                ? new SimSensor(machine, "sensor", SENSOR_BASE, gpio.pinInput(DATA_READY_PIN), gpio.pinInput(ACTIVITY_PIN))
                : new SimSensor(machine, "sensor", SENSOR_BASE, machine.interrupts().line(DATA_READY_GSIV)::drive,
                        machine.interrupts().line(ACTIVITY_GSIV)::drive);
        this.pnp = new PnpManager(machine, firmware(wiring, swapped), drivers);
    }

    public static SensorBoard boot(Wiring wiring) {
        return boot(wiring, false, DriverCatalog.of(new SimGpioDriver(), new SensorDriver()));
    }

    public static SensorBoard boot(Wiring wiring, boolean swapped, DriverCatalog drivers) {
        return boot(Machine.deterministic(2), wiring, swapped, drivers);
    }

    /** Boots on {@code machine} (deterministic or realtime). */
    public static SensorBoard boot(Machine machine, Wiring wiring, boolean swapped, DriverCatalog drivers) {
        var board = new SensorBoard(machine, wiring, swapped, drivers);
        board.pnp.startAll();
        board.machine.runUntilIdle();
        return board;
    }

    public static Firmware firmware(Wiring wiring, boolean swapped) {
        return BoardBuilder.named("sensor-board")
                .device("\\_SB.GPO0", d -> d.hid(SimGpioDriver.HARDWARE_ID).uid("0")
                        .memory32Fixed(GPIO_BASE, 0x100)
                        .interrupt(40, InterruptMode.LEVEL, Polarity.ACTIVE_HIGH)
                        .interrupt(41, InterruptMode.LEVEL, Polarity.ACTIVE_HIGH)
                        .interrupt(42, InterruptMode.LEVEL, Polarity.ACTIVE_HIGH)
                        .interrupt(43, InterruptMode.LEVEL, Polarity.ACTIVE_HIGH))
                .device("\\_SB.SNS0", d -> {
                    d.hid(SensorDriver.HARDWARE_ID).memory32Fixed(SENSOR_BASE, 0x10);
                    Runnable dataReady = wiring == Wiring.GPIO_PINS
                            ? () -> d.gpioInt("\\_SB.GPO0", DATA_READY_PIN, InterruptMode.LEVEL, Polarity.ACTIVE_HIGH)
                            : () -> d.interrupt(DATA_READY_GSIV, InterruptMode.LEVEL, Polarity.ACTIVE_HIGH);
                    Runnable activity = wiring == Wiring.GPIO_PINS
                            ? () -> d.gpioInt("\\_SB.GPO0", ACTIVITY_PIN, InterruptMode.EDGE, Polarity.ACTIVE_LOW)
                            : () -> d.interrupt(ACTIVITY_GSIV, InterruptMode.EDGE, Polarity.ACTIVE_LOW);
                    if (swapped) {
                        activity.run();
                        dataReady.run();
                    } else {
                        dataReady.run();
                        activity.run();
                    }
                })
                .build();
    }

    public SensorDevice sensorDriver() {
        return (SensorDevice) pnp.device("\\_SB.SNS0").driverObject().orElseThrow();
    }
}
