package dev.gpioint.drivers.generic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gpioint.drivers.simspi.RealSpiControllerDriver;
import dev.gpioint.drivers.simuart.RealUartControllerDriver;
import dev.gpioint.firmware.BoardBuilder;
import dev.gpioint.firmware.Firmware;
import dev.gpioint.firmware.InterruptMode;
import dev.gpioint.firmware.NamePath;
import dev.gpioint.firmware.Polarity;
import dev.gpioint.firmware.Sharing;
import dev.gpioint.firmware.SpiSerialBus;
import dev.gpioint.firmware.UartSerialBus;
import dev.gpioint.firmware.VendorData;
import dev.gpioint.kernel.Machine;
import dev.gpioint.kernel.MachineEvent;
import dev.gpioint.kernel.MachineOptions;
import dev.gpioint.pnp.DeviceState;
import dev.gpioint.pnp.DriverCatalog;
import dev.gpioint.pnp.PnpManager;
import dev.gpioint.sim.board.SimBoard;
import dev.gpioint.sim.scenario.Scenario;
import dev.gpioint.sim.scenario.ScenarioException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The probe driver on devices whose serial-bus connections name simulated SPI and UART controllers: each connection
 * is opened and reported, one the controller refuses is reported without failing the device, what the Bluetooth
 * chip sends back on the UART is reported; and scenario lines send requests on those open connections.
 */
class ProbeConnectionsTest {
    private record Booted(Machine machine, SimBoard hardware, PnpManager pnp) {
        List<String> log(String device) {
            return machine.log().events().stream().filter(e -> e.source().equals(device) && e.kind() != MachineEvent.Kind.LIFECYCLE)
                    .map(e -> (e.kind() == MachineEvent.Kind.DRIVER ? "" : e.kind().name().toLowerCase() + ": ") + e.message()).toList();
        }
    }

    private static SpiSerialBus spi(long hz) {
        return new SpiSerialBus(NamePath.of("\\_SB.SP20"), 0, false, true, 8, hz, false, false, true, Sharing.EXCLUSIVE, VendorData.EMPTY);
    }

    private static Booted boot() {
        Firmware firmware = BoardBuilder.named("probe")
                .device("\\_SB.SP20", d -> d.hid("QCOM060E").memory32Fixed(0x0088_C000L, 0x4000)
                        .interrupt(617, InterruptMode.LEVEL, Polarity.ACTIVE_HIGH))
                .device("\\_SB.UAR3", d -> d.hid("QCOM0616").memory32Fixed(0x0098_8000L, 0x4000)
                        .interrupt(635, InterruptMode.LEVEL, Polarity.ACTIVE_HIGH))
                .device("\\_SB.AOCV", d -> d.hid("QCOM06E3").resource(spi(8_000_000)).resource(spi(60_000_000)))
                .device("\\_SB.BTH0", d -> d.hid("QCOM066B").resource(new UartSerialBus(NamePath.of("\\_SB.UAR3"), 115_200, 8, 1, 0, 1,
                        64, 64, 0, false, true, Sharing.EXCLUSIVE, VendorData.EMPTY)))
                .build();
        Machine machine = Machine.create(MachineOptions.deterministic(2));
        SimBoard hardware = SimBoard.build(machine, firmware);
        var pnp = new PnpManager(machine, hardware.driverView(firmware), DriverCatalog.of(new RealSpiControllerDriver(),
                new RealUartControllerDriver(), new ProbeDriver(List.of("QCOM06E3", "QCOM066B"))));
        pnp.startAll();
        machine.runUntilIdle();
        return new Booted(machine, hardware, pnp);
    }

    @Test
    void everyConnectionIsOpenedAndReportedAndARefusedOneDoesNotFailTheDevice() {
        Booted board = boot();
        assertThat(board.pnp().device("\\_SB.AOCV").state()).isEqualTo(DeviceState.STARTED);
        assertThat(board.pnp().device("\\_SB.BTH0").state()).isEqualTo(DeviceState.STARTED);
        assertThat(board.log("\\_SB.AOCV")).hasSize(2).satisfies(lines -> {
            assertThat(lines.get(0)).matches("opened connection \\d+: SpiSerialBusV2 to \\\\_SB.SP20, chip select 0, 8000000 Hz, mode 0, 8-bit words");
            assertThat(lines.get(1)).matches("connection \\d+ not opened: STATUS_NOT_SUPPORTED \\(0xC00000BB\\): .*")
                    .contains("\\_SB.SP20 refuses it: 60000000 Hz is above its fastest clock, 50000000 Hz");
        });
        assertThat(board.log("\\_SB.BTH0")).singleElement().asString()
                .matches("opened connection \\d+: UartSerialBusV2 to \\\\_SB.UAR3 at 115200 baud 8N1, hardware flow control");
    }

    @Test
    void scenarioLinesSendRequestsOnTheOpenConnectionsAndTheProbeReportsWhatComesBack() throws ScenarioException {
        Booted board = boot();
        Scenario scenario = Scenario.parse("test.scenario", """
                at 1ms \\_SB.BTH0 uart write 01030c00
                at 2ms \\_SB.AOCV spi write-read 80 1
                at 3ms \\_SB.AOCV spi full-duplex 8000 2
                at 4ms \\_SB.BTH0 uart baud 5000000
                """, board.hardware(), board.machine(), board.pnp());
        scenario.schedule(board.machine());
        board.machine().advance(Duration.ofMillis(5));
        board.machine().runUntilIdle();

        assertThat(board.log("\\_SB.BTH0")).contains("info: scenario line 1: uart write 01030c00: 4 bytes written")
                .anyMatch(line -> line.matches("received 7 bytes on connection \\d+: 04 0e 04 01 03 0c 00"))
                .anyMatch(line -> line.startsWith("failure: scenario line 4: uart baud 5000000: STATUS_NOT_SUPPORTED")
                        && line.contains("5000000 baud is above its fastest, 4000000 baud"));
        assertThat(board.log("\\_SB.AOCV")).contains("info: scenario line 2: spi write-read 80 1: wrote 80, read 5a",
                "info: scenario line 3: spi full-duplex 8000 2: wrote 8000, read 005a");
    }

    @Test
    void badRequestLinesAreRefusedWhenTheScenarioIsRead() {
        Booted board = boot();
        assertThatThrownBy(() -> Scenario.parse("bad.scenario", """
                at 1ms \\_SB.BTH0 uart write 0xyz
                at 1ms \\_SB.BTH0 spi write 00
                at 1ms \\_SB.AOCV spi full-duplex 80
                at 1ms \\_SB.AOCV uart send 00
                """, board.hardware(), board.machine(), board.pnp()))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("bad.scenario:1:18: '0xyz' is not bytes in hex (like 01030c00) for \\_SB.BTH0")
                .hasMessageContaining("bad.scenario:2:18: \\_SB.BTH0 has no SpiSerialBusV2 connection")
                .hasMessageContaining("bad.scenario:3:18: 'full-duplex' takes 2 arguments (HEX N), not 1 for \\_SB.AOCV")
                .hasMessageContaining("bad.scenario:4:18: \\_SB.AOCV has no UartSerialBusV2 connection");
    }
}
