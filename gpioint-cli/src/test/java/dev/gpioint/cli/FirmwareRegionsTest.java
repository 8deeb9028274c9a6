package dev.gpioint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gpioint.firmware.Firmware;
import dev.gpioint.firmware.FirmwareMethods;
import dev.gpioint.firmware.NamePath;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GeneralPurposeIo fields reach the running machine's GPIO controller, as ACPI.sys routes them through GpioClx:
 * firmware reads the level a pin is driven to, and a pin firmware writes is seen by the hardware. Before the
 * machine runs (decode), the same field reads the zero-filled simulation.
 */
class FirmwareRegionsTest {
    private static final String BOARD = """
            DefinitionBlock ("", "DSDT", 2, "GPIOIN", "REGIONS", 1)
            {
                Scope (\\_SB)
                {
                    Device (GPO0)
                    {
                        Name (_HID, "GPSM0001")
                        Name (_CRS, ResourceTemplate ()
                        {
                            Memory32Fixed (ReadWrite, 0xFED00000, 0x00000100)
                            Interrupt (ResourceConsumer, Level, ActiveHigh, ExclusiveAndWake) { 40 }
                            Interrupt (ResourceConsumer, Level, ActiveHigh, ExclusiveAndWake) { 41 }
                            Interrupt (ResourceConsumer, Level, ActiveHigh, ExclusiveAndWake) { 42 }
                            Interrupt (ResourceConsumer, Level, ActiveHigh, ExclusiveAndWake) { 43 }
                        })
                    }
                    Device (SKU0)
                    {
                        Name (_HID, "GPSM0002")
                        OperationRegion (GPR, GeneralPurposeIo, Zero, One)
                        Field (GPR, ByteAcc, NoLock, Preserve)
                        {
                            Connection (GpioIo (Shared, PullUp, 0, 0, IoRestrictionInputOnly, "\\\\_SB.GPO0") { 5, 6 }),
                            STRP, 2,
                            Connection (GpioIo (Exclusive, PullNone, 0, 0, IoRestrictionOutputOnly, "\\\\_SB.GPO0") { 9 }),
                            LED0, 1
                        }
                        Method (BOID) { Return (STRP) }
                        Method (LEDN, 1) { LED0 = Arg0 }
                    }
                }
            }
            """;

    @Test
    void gpioFieldsReadAndDriveTheMachinesPins(@TempDir Path dir) throws Exception {
        Path aml = FirmwareEventsTest.compile(dir, BOARD);
        Firmware firmware = FirmwareFiles.load(List.of(aml), new PrintStream(OutputStream.nullOutputStream()));
        FirmwareMethods methods = firmware.methods().orElseThrow();
        NamePath sku = NamePath.of("\\_SB.SKU0");
        assertThat(methods.evaluate(sku, "BOID", List.of())).contains(0L);
        try (Board board = Board.boot(firmware, false, 2)) {
            var gpio = board.hardware().device(NamePath.of("\\_SB.GPO0")).orElseThrow();
            gpio.action("pin", List.of("6", "high")).run();
            board.machine().advance(Duration.ofMillis(1));
            assertThat(methods.evaluate(sku, "BOID", List.of())).contains(2L);
            gpio.action("pin", List.of("5", "high")).run();
            board.machine().advance(Duration.ofMillis(1));
            assertThat(methods.evaluate(sku, "BOID", List.of())).contains(3L);

            var pins = ((dev.gpioint.sim.board.SimGpioHardware) gpio).controller();
            assertThat(pins.output(9)).isFalse();
            assertThat(methods.evaluate(sku, "LEDN", List.of(1L))).isEqualTo(Optional.empty());
            assertThat(pins.output(9)).isTrue();
            methods.evaluate(sku, "LEDN", List.of(0L));
            assertThat(pins.output(9)).isFalse();
        }
    }

    /** A device the tablet's firmware adds to read the accelerometer's axis registers over GenericSerialBus. */
    private static final String AXES_READER = """
                    Device (FWRD)
                    {
                        Name (_HID, "GPSM0003")
                        OperationRegion (GSB, GenericSerialBus, Zero, 0x100)
                        Field (GSB, BufferAcc, NoLock, Preserve)
                        {
                            Connection (I2cSerialBusV2 (0x1D, ControllerInitiated, 400000, AddressingMode7Bit, "\\\\_SB.I2C1")),
                            Offset (0x02),
                            AccessAs (BufferAcc, AttribBytes (6)),
                            AXES, 8
                        }
                        Method (READ)
                        {
                            Name (BUF, Buffer (8) {})
                            BUF = AXES
                            Return (BUF)
                        }
                    }
            """;

    @Test
    void serialBusFieldsTransferOnTheMachinesI2cController(@TempDir Path dir) throws Exception {
        String tablet = java.nio.file.Files.readString(Path.of("../examples/tablet.asl"));
        int sb = tablet.indexOf("Scope (\\_SB)");
        int open = tablet.indexOf('{', sb);
        String board = tablet.substring(0, open + 1) + "\n" + AXES_READER + tablet.substring(open + 1);
        Path aml = FirmwareEventsTest.compile(dir, board);
        Firmware firmware = FirmwareFiles.load(List.of(aml), new PrintStream(OutputStream.nullOutputStream()));
        FirmwareMethods methods = firmware.methods().orElseThrow();
        try (Board machine = Board.boot(firmware, false, 2)) {
            machine.hardware().device(NamePath.of("\\_SB.ACCL")).orElseThrow().action("sample", List.of("12", "-980", "40")).run();
            machine.machine().advance(Duration.ofMillis(5));
            Object read = methods.evaluate(NamePath.of("\\_SB.FWRD"), "READ", List.of()).orElseThrow();
            // Status 0 (done), length 6, then x, y, z as 16-bit little-endian: 12, -980, 40.
            assertThat((byte[]) read).containsExactly(0x00, 0x06, 0x0C, 0x00, 0x2C, 0xFC, 0x28, 0x00);
        }
    }
}
