package dev.gpioint.drivers.simspi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gpioint.drivers.simi2c.RealI2cControllerDriver;
import dev.gpioint.drivers.ConnectionHolder;
import dev.gpioint.firmware.BoardBuilder;
import dev.gpioint.firmware.Firmware;
import dev.gpioint.firmware.InterruptMode;
import dev.gpioint.firmware.NamePath;
import dev.gpioint.firmware.Polarity;
import dev.gpioint.firmware.Sharing;
import dev.gpioint.firmware.SpiSerialBus;
import dev.gpioint.firmware.VendorData;
import dev.gpioint.kernel.Machine;
import dev.gpioint.kernel.MachineOptions;
import dev.gpioint.pnp.DeviceState;
import dev.gpioint.pnp.DriverCatalog;
import dev.gpioint.pnp.InterruptStatistics;
import dev.gpioint.pnp.PnpManager;
import dev.gpioint.resource.ConnectionType;
import dev.gpioint.sim.SimSpiBus;
import dev.gpioint.sim.SimSpiRegisterTarget;
import dev.gpioint.sim.board.SimBoard;
import dev.gpioint.sim.board.StandInHardware;
import dev.gpioint.spb.SpbTarget;
import dev.gpioint.status.NtStatus;
import dev.gpioint.status.NtStatusException;
import org.junit.jupiter.api.Test;

/**
 * A Qualcomm GENI SPI controller (QCOM060E) through the SPB class extension, with the generic register devices that
 * stand in for its targets: sequence and full-duplex transfers and what they move, the controller's completion
 * interrupt, and connections the controller refuses (chip select, clock, word size, three-wire) with the status and
 * a message naming the device, the connection and the controller.
 */
class SpiControllerTest {
    private static final NamePath SP20 = NamePath.of("\\_SB.SP20");

    private record Booted(Machine machine, SimBoard hardware, PnpManager pnp, ConnectionHolder holder) {
    }

    private static SpiSerialBus spi(int chipSelect, long hz, int bits, boolean fourWire) {
        return new SpiSerialBus(SP20, chipSelect, false, fourWire, bits, hz, false, false, true, Sharing.EXCLUSIVE, VendorData.EMPTY);
    }

    private static Booted boot() {
        Firmware firmware = BoardBuilder.named("spi")
                .device("\\_SB.SP20", d -> d.hid("QCOM060E").uid("20").memory32Fixed(0x0088_C000L, 0x4000)
                        .interrupt(617, InterruptMode.LEVEL, Polarity.ACTIVE_HIGH))
                .device("\\_SB.IC22", d -> d.hid("QCOM0610").memory32Fixed(0x0089_4000L, 0x4000)
                        .interrupt(619, InterruptMode.LEVEL, Polarity.ACTIVE_HIGH))
                .device("\\_SB.DEV0", d -> d.hid("TEST0001").resource(spi(0, 8_000_000, 8, true)).resource(spi(1, 12_000_000, 16, true)))
                .device("\\_SB.BAD0", d -> d.hid("TEST0001").resource(spi(5, 1_000_000, 8, true)).resource(spi(0, 60_000_000, 8, true))
                        .resource(spi(0, 1_000_000, 64, true)).resource(spi(0, 1_000_000, 8, false)))
                .device("\\_SB.I2CD", d -> d.hid("TEST0001").i2c("\\_SB.IC22", 0x50, 400_000))
                .build();
        Machine machine = Machine.create(MachineOptions.deterministic(1));
        SimBoard hardware = SimBoard.build(machine, firmware);
        var holder = new ConnectionHolder("TEST0001");
        var pnp = new PnpManager(machine, hardware.driverView(firmware),
                DriverCatalog.of(new RealSpiControllerDriver(), new RealI2cControllerDriver(), holder));
        pnp.startAll();
        machine.runUntilIdle();
        return new Booted(machine, hardware, pnp, holder);
    }

    private static SimSpiRegisterTarget standIn(Booted board, String path, int chipSelect) {
        return ((StandInHardware) board.hardware().device(NamePath.of(path)).orElseThrow()).spiTarget(chipSelect).orElseThrow();
    }

    @Test
    void theControllerStartsWithItsDriverAndItsOwnInterrupt() {
        Booted board = boot();
        assertThat(board.pnp().device("\\_SB.SP20").state()).isEqualTo(DeviceState.STARTED);
        assertThat(board.pnp().device("\\_SB.SP20").driver().orElseThrow().name()).isEqualTo("spi");
        assertThat(board.pnp().device("\\_SB.SP20").interrupts()).hasSize(1);
        assertThat(board.pnp().device("\\_SB.DEV0").resources().translated().get(0).asConnection().type())
                .isEqualTo(ConnectionType.SERIAL_SPI);
    }

    @Test
    void aSequenceWritesThenReadsWithTheChipSelectHeldAndTheInterruptAcknowledgesIt() {
        Booted board = boot();
        SimSpiRegisterTarget device = standIn(board, "\\_SB.DEV0", 0);
        try (SpbTarget target = board.holder().openSpb("\\_SB.DEV0", 0)) {
            target.write(new byte[] {0x05, 0x11, 0x22}, 0, 3);      // registers 5 and 6
            assertThat(device.register(5)).isEqualTo(0x11);
            assertThat(device.register(6)).isEqualTo(0x22);
            byte[] read = new byte[3];
            target.writeRead(new byte[] {(byte) 0x84}, 0, 1, read, 0, 3); // read registers 4, 5, 6
            assertThat(read).containsExactly(0x00, 0x11, 0x22);
            byte[] id = new byte[1];
            target.writeRead(new byte[] {(byte) 0x80}, 0, 1, id, 0, 1);
            assertThat(id[0] & 0xFF).isEqualTo(StandInHardware.SPI_ID);
        }
        board.machine().runUntilIdle();
        // The completion interrupt ran and was claimed; transfers back to back may share one.
        var row = InterruptStatistics.collect(board.pnp()).stream().filter(r -> r.device().equals("\\_SB.SP20")).findFirst().orElseThrow();
        assertThat(row.source()).isEqualTo("GSIV 617");
        assertThat(row.total()).isPositive();
        assertThat(row.unclaimed()).isZero();
        assertThat(board.machine().interrupts().line(617).isAsserted()).as("the ISR acknowledged DONE").isFalse();
    }

    @Test
    void aFullDuplexTransferStartsBothWaysTogetherAndFollowsSpbCxsLengthRules() {
        Booted board = boot();
        SimSpiRegisterTarget device = standIn(board, "\\_SB.DEV0", 0);
        try (SpbTarget target = board.holder().openSpb("\\_SB.DEV0", 0)) {
            target.write(new byte[] {0x08, 0x5A, 0x6B}, 0, 3);
            // The first byte read is clocked in as the command goes out: the status byte, then the registers.
            byte[] read = new byte[3];
            long moved = target.fullDuplex(new byte[] {(byte) 0x88}, 0, 1, read, 0, 3);
            assertThat(read).containsExactly(SimSpiRegisterTarget.STATUS_BYTE, 0x5A, 0x6B);
            assertThat(moved).as("Information counts the buffers, not the zeros sent after the write").isEqualTo(4);
            // A read shorter than the write: what arrives after it is full is dropped.
            byte[] one = new byte[1];
            assertThat(target.fullDuplex(new byte[] {0x0A, 0x01, 0x02}, 0, 3, one, 0, 1)).isEqualTo(4);
            assertThat(device.register(10)).isEqualTo(1);
            assertThat(device.register(11)).isEqualTo(2);
        }
    }

    @Test
    void transfersOnSixteenBitWordsMustBeWholeWords() {
        Booted board = boot();
        try (SpbTarget target = board.holder().openSpb("\\_SB.DEV0", 1)) {
            target.write(new byte[] {0x00, 0x01, 0x02, 0x03}, 0, 4);
            assertThatThrownBy(() -> target.write(new byte[3], 0, 3)).isInstanceOfSatisfying(NtStatusException.class, e -> {
                assertThat(e.status()).isEqualTo(NtStatus.INVALID_PARAMETER);
                assertThat(e.reason()).contains("\\_SB.DEV0", "SpiSerialBusV2 to \\_SB.SP20", "chip select 1", "16-bit words");
            });
        }
    }

    @Test
    void theControllerRefusesTargetsItCannotReachNamingDeviceConnectionAndController() {
        Booted board = boot();
        assertThat(board.pnp().device("\\_SB.BAD0").state()).isEqualTo(DeviceState.STARTED);
        assertRefused(board, 0, NtStatus.INVALID_PARAMETER, "chip select 5 is beyond its 4 chip selects (0 to 3)");
        assertRefused(board, 1, NtStatus.NOT_SUPPORTED, "60000000 Hz is above its fastest clock, 50000000 Hz");
        assertRefused(board, 2, NtStatus.NOT_SUPPORTED, "64-bit words: it supports 4 to 32 bits");
        assertRefused(board, 3, NtStatus.NOT_SUPPORTED, "no three-wire mode");
    }

    private static void assertRefused(Booted board, int connection, NtStatus status, String why) {
        assertThatThrownBy(() -> board.holder().openSpb("\\_SB.BAD0", connection)).isInstanceOfSatisfying(NtStatusException.class, e -> {
            assertThat(e.status()).isEqualTo(status);
            assertThat(e.reason()).contains("\\_SB.BAD0 connection", "SpiSerialBusV2 to \\_SB.SP20", "\\_SB.SP20 refuses it", why);
        });
    }

    @Test
    void aConnectionIsOpenOnceAtATimeAndTheI2cControllerRefusesFullDuplex() {
        Booted board = boot();
        SpbTarget first = board.holder().openSpb("\\_SB.DEV0", 0);
        assertThatThrownBy(() -> board.holder().openSpb("\\_SB.DEV0", 0)).isInstanceOfSatisfying(NtStatusException.class,
                e -> assertThat(e.status()).isEqualTo(NtStatus.SHARING_VIOLATION));
        first.close();
        assertThatThrownBy(() -> first.write(new byte[1], 0, 1)).isInstanceOfSatisfying(NtStatusException.class,
                e -> assertThat(e.status()).isEqualTo(NtStatus.INVALID_DEVICE_STATE));
        board.holder().openSpb("\\_SB.DEV0", 0).close();

        try (SpbTarget i2c = board.holder().openSpb("\\_SB.I2CD", 0)) {
            assertThatThrownBy(() -> i2c.fullDuplex(new byte[1], 0, 1, new byte[1], 0, 1)).isInstanceOfSatisfying(NtStatusException.class, e -> {
                assertThat(e.status()).isEqualTo(NtStatus.NOT_SUPPORTED);
                assertThat(e.reason()).contains("\\_SB.I2CD", "I2cSerialBusV2 to \\_SB.IC22", "SPI only");
            });
        }
    }

    @Test
    void aChipSelectWithNothingBehindItReadsTheFloatingLine() {
        Machine machine = Machine.create(MachineOptions.deterministic(1));
        var bus = new SimSpiBus(machine);
        byte[] read = new byte[2];
        bus.transfer(2, 1_000_000, 0, 8, new byte[] {1}, 1, read, 2, false);
        assertThat(read).containsExactly(0xFF, 0xFF);
        // A target that cannot follow the mode leaves the line floating too, and takes nothing.
        var target = new SimSpiRegisterTarget(machine, 0x42, 3, 1_000_000);
        bus.attach(1, target);
        bus.transfer(1, 1_000_000, 0, 8, new byte[] {(byte) 0x80}, 1, read, 1, false);
        assertThat(read[0] & 0xFF).isEqualTo(0xFF);
        bus.transfer(1, 1_000_000, 3, 8, new byte[] {(byte) 0x80}, 1, read, 1, false);
        assertThat(read[0] & 0xFF).isEqualTo(0x42);
    }
}
