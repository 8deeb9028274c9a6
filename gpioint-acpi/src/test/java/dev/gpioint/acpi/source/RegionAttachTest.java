package dev.gpioint.acpi.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gpioint.acpi.interpreter.RegionHandler;
import dev.gpioint.acpi.interpreter.RegionSpace;
import dev.gpioint.acpi.oracle.Iasl;
import dev.gpioint.firmware.Firmware;
import dev.gpioint.firmware.FirmwareMethods;
import dev.gpioint.firmware.GpioIo;
import dev.gpioint.firmware.I2cSerialBus;
import dev.gpioint.firmware.NamePath;
import dev.gpioint.firmware.PlatformRegions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same firmware booted on one machine after another: each attach routes GPIO regions to the newest machine
 * only, and the earlier machines are neither called nor kept behind it.
 */
class RegionAttachTest {
    private static final String ASL = """
            DefinitionBlock ("", "DSDT", 2, "GPIOIN", "REGIONS", 1)
            {
                Scope (\\_SB)
                {
                    Device (GPO0)
                    {
                        Name (_HID, "GPSM0001")
                        OperationRegion (GPIO, GeneralPurposeIo, Zero, One)
                        Field (GPIO, ByteAcc, NoLock, Preserve)
                        {
                            Connection (GpioIo (Exclusive, PullNone, 0, 0, IoRestrictionNone, "\\\\_SB.GPO0") { 7 }),
                            PIN7, 1
                        }
                        Method (READ) { Return (PIN7) }
                    }
                }
            }
            """;

    @Test
    void attachingAgainReplacesTheEarlierMachine(@TempDir Path dir) throws Exception {
        Iasl.assumeAvailable();
        Path table = Files.write(dir.resolve("dsdt.aml"), Iasl.compile(ASL));
        Firmware firmware = new AmlFirmwareFormat().source(List.of(table)).load();
        FirmwareMethods methods = firmware.methods().orElseThrow();
        var calls = new ArrayList<String>();

        for (int machine = 1; machine <= 3; machine++) {
            methods.attach(new Pins("machine " + machine, machine == 3 ? 1 : 0, calls));
        }
        Object read = methods.evaluate(NamePath.of("\\_SB.GPO0"), "READ", List.of()).orElseThrow();

        assertThat(read).isEqualTo(1L);
        assertThat(calls).containsExactly("machine 3 reads pin 7");
        for (int space : new int[] {RegionSpace.GENERAL_PURPOSE_IO, RegionSpace.GENERIC_SERIAL_BUS}) {
            RegionHandler fallback = ((AmlFirmwareMethods) methods).attached(space).fallback();
            assertThat(fallback.toString()).as("space %d falls back past every machine", space)
                    .doesNotContain("PlatformRegionHandler");
            assertThat(fallback).isNotInstanceOf(PlatformRegionHandler.class);
        }
    }

    /** A machine whose pins all read {@code level} and that records who was asked. */
    private record Pins(String name, long level, List<String> calls) implements PlatformRegions {
        @Override
        public long readGpio(GpioIo connection) {
            calls.add(name + " reads pin " + connection.pins().getFirst());
            return level;
        }

        @Override
        public void writeGpio(GpioIo connection, long values) {
            calls.add(name + " writes");
        }

        @Override
        public byte[] i2c(I2cSerialBus connection, byte[] write, int readLength) {
            calls.add(name + " transfers");
            return new byte[readLength];
        }
    }
}
