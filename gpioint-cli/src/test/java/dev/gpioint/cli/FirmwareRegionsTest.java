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
}
