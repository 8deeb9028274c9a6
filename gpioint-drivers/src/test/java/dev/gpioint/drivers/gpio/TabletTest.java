package dev.gpioint.drivers.gpio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gpioint.acpi.asl.AslCompiler;
import dev.gpioint.driver.Driver;
import dev.gpioint.drivers.accelerometer.AccelerometerDriver;
import dev.gpioint.drivers.buttons.ButtonArrayDriver;
import dev.gpioint.drivers.expander.I2cExpanderDriver;
import dev.gpioint.drivers.sensor.SensorDriver;
import dev.gpioint.drivers.simgpio.SimGpioDriver;
import dev.gpioint.drivers.simi2c.SimI2cControllerDriver;
import dev.gpioint.drivers.touch.HidI2cTouchDriver;
import dev.gpioint.firmware.BoardBuilder;
import dev.gpioint.firmware.Firmware;
import dev.gpioint.firmware.FirmwareDevice;
import dev.gpioint.firmware.InterruptMode;
import dev.gpioint.firmware.NamePath;
import dev.gpioint.firmware.Polarity;
import dev.gpioint.kernel.Machine;
import dev.gpioint.kernel.MachineEvent;
import dev.gpioint.pnp.DeviceState;
import dev.gpioint.pnp.DriverCatalog;
import dev.gpioint.pnp.PnpManager;
import dev.gpioint.sim.board.SimBoard;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The example tablet ({@code examples/tablet.asl}) end to end from firmware: SoC GPIO, I2C controller, the I2C
 * expander cascaded on SoC pin 10, the button array, HID-over-I2C touch and the accelerometer on the expander.
 */
class TabletTest {
    record Tablet(Machine machine, SimBoard hardware, PnpManager pnp, List<RecordingClient> expanderClients) {
        void act(double millis, String device, String action, String... arguments) {
            machine.schedule(Duration.ofNanos((long) (millis * 1e6)), hardware.device(NamePath.of(device)).orElseThrow()
                    .action(action, List.of(arguments)));
        }

        List<String> reports(String device) {
            return machine.log().events(MachineEvent.Kind.DRIVER).stream().filter(e -> e.source().equals(device))
                    .map(MachineEvent::message).toList();
        }

        void run(long millis) {
            machine.advance(Duration.ofMillis(millis));
            machine.runUntilIdle();
        }
    }

    static Tablet boot(Consumer<BoardBuilder> extra, Driver... extraDrivers) throws Exception {
        Firmware asl = AslCompiler.compile("tablet.asl", Files.readString(Path.of("../examples/tablet.asl")));
        var builder = BoardBuilder.named("tablet");
        for (FirmwareDevice device : asl.devices()) {
            builder.device(device);
        }
        extra.accept(builder);
        Firmware firmware = builder.build();
        var machine = Machine.deterministic(2);
        var hardware = SimBoard.build(machine, firmware);
        var clients = new ArrayList<RecordingClient>();
        var drivers = new ArrayList<Driver>(List.of(new SimGpioDriver(), new SimI2cControllerDriver(),
                RecordingClient.driver(new I2cExpanderDriver(), a -> a, clients), new ButtonArrayDriver(), new HidI2cTouchDriver(),
                new AccelerometerDriver(), new SensorDriver()));
        drivers.addAll(List.of(extraDrivers));
        var pnp = new PnpManager(machine, firmware, DriverCatalog.of(drivers.toArray(Driver[]::new)));
        pnp.startAll();
        machine.runUntilIdle();
        return new Tablet(machine, hardware, pnp, clients);
    }

    static Tablet boot() throws Exception {
        return boot(b -> { });
    }

    @Test
    void everyDeviceStarts() throws Exception {
        var tablet = boot();
        assertThat(tablet.pnp().devices()).allSatisfy(d -> assertThat(d.state()).as(d.toString()).isEqualTo(DeviceState.STARTED));
    }

    @Test
    void buttonsReportPressAndReleaseWithTimestampsInFirmwareOrder() throws Exception {
        var tablet = boot();
        String[] order = {"power", "windows", "volume-up", "volume-down", "rotation-lock"};
        for (int i = 0; i < order.length; i++) {
            tablet.act(1 + i, "\\_SB.BTNS", "press", order[i]);
            tablet.act(10 + i, "\\_SB.BTNS", "release", order[i]);
        }
        tablet.run(20);
        assertThat(tablet.reports("\\_SB.BTNS")).containsExactly(
                "power pressed (at 1.000 ms)", "windows pressed (at 2.000 ms)", "volume-up pressed (at 3.000 ms)",
                "volume-down pressed (at 4.000 ms)", "rotation-lock pressed (at 5.000 ms)",
                "power released (at 10.000 ms)", "windows released (at 11.000 ms)", "volume-up released (at 12.000 ms)",
                "volume-down released (at 13.000 ms)", "rotation-lock released (at 14.000 ms)");
    }

    @Test
    void touchReportsAreReadOverI2cByThePassiveIsrUntilTheLineIsSilent() throws Exception {
        var tablet = boot();
        tablet.act(1, "\\_SB.TCPD", "touch", "120", "340");
        tablet.act(1, "\\_SB.TCPD", "touch", "124", "352");
        tablet.act(1, "\\_SB.TCPD", "lift", "124", "352");
        tablet.run(5);
        assertThat(tablet.reports("\\_SB.TCPD")).containsExactly("touch down at (120, 340)", "touch down at (124, 352)", "touch up at (124, 352)");
        assertThat(tablet.pnp().device("\\_SB.TCPD").state()).isEqualTo(DeviceState.STARTED);
    }

    @Test
    void accelerometerOnTheExpanderTellsItsTwoInterruptsApartByOrderAndTheExpanderRunsAtPassive() throws Exception {
        var tablet = boot();
        tablet.act(1, "\\_SB.ACCL", "sample", "12", "-980", "40");
        tablet.act(3, "\\_SB.ACCL", "shake");
        tablet.run(5);
        assertThat(tablet.reports("\\_SB.ACCL")).containsExactly("acceleration (12, -980, 40)", "shake");
        var expander = tablet.expanderClients().getFirst();
        assertThat(expander.calls).isNotEmpty().allSatisfy(c -> assertThat(c).endsWith("PASSIVE_LEVEL"));
        assertThat(expander.calls).anyMatch(c -> c.startsWith("query-active")).anyMatch(c -> c.startsWith("mask"));
    }

    @Test
    void aDirqlIsrOnAnExpanderPinIsRefusedWithAClearStatus() throws Exception {
        var probe = new Probe("DIRQ0001");
        var tablet = boot(b -> b.device("\\_SB.DRQ0", d -> d.hid("DIRQ0001").gpioInt("\\_SB.GPX0", 5, InterruptMode.EDGE, Polarity.ACTIVE_HIGH)), probe);
        var node = tablet.pnp().device("\\_SB.DRQ0");
        assertThat(node.state()).isEqualTo(DeviceState.FAILED);
        assertThat(node.failureReason().orElseThrow()).contains("\\_SB.GPX0", "pin 5", "PASSIVE_LEVEL", "must be passive");
        tablet.act(1, "\\_SB.ACCL", "shake");
        tablet.run(3);
        assertThat(tablet.reports("\\_SB.ACCL")).containsExactly("shake");
    }

    @Test
    void anI2cDeviceThatNaksFailsWithIoDeviceErrorAndTheRestRunsOn() throws Exception {
        var nak = new dev.gpioint.wdf.KmdfDriver() {
            @Override
            public String name() {
                return "nak probe";
            }

            @Override
            public List<String> hardwareIds() {
                return List.of("NAKD0001");
            }

            @Override
            public dev.gpioint.wdf.KmdfDeviceCallbacks deviceAdd(dev.gpioint.wdf.WdfDevice device) {
                return new dev.gpioint.wdf.KmdfDeviceCallbacks() {
                    @Override
                    public void prepareHardware(dev.gpioint.wdf.WdfDevice d, dev.gpioint.resource.ResourceList raw, dev.gpioint.resource.ResourceList translated) {
                        long id = ((dev.gpioint.resource.ResourceData.ConnectionData) translated.get(0).data()).id();
                        d.openSpbConnection(id).write(new byte[] {0}, 0, 1);
                    }
                };
            }
        };
        var tablet = boot(b -> b.device("\\_SB.NAK0", d -> d.hid("NAKD0001").i2c("\\_SB.I2C1", 0x55, 400_000)), nak);
        var node = tablet.pnp().device("\\_SB.NAK0");
        assertThat(node.state()).isEqualTo(DeviceState.FAILED);
        assertThat(node.failureReason().orElseThrow()).contains("0x55", "not acknowledged");
        tablet.act(1, "\\_SB.BTNS", "click", "power", "2ms");
        tablet.run(5);
        assertThat(tablet.reports("\\_SB.BTNS")).hasSize(2);
    }
}
