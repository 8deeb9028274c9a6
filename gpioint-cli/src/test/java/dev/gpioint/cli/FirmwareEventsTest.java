package dev.gpioint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Firmware that the AML interpreter runs while the machine runs: a GPIO controller's {@code _AEI} events fire
 * their {@code _Exx} or {@code _EVT} methods when the pin is driven, {@code _STA} hides a device, {@code _DEP}
 * orders starts. The board is ASL compiled by iasl (the tables a real machine ships), booted with
 * {@code gpioint run}.
 */
class FirmwareEventsTest {
    private static final String BOARD = """
            DefinitionBlock ("", "DSDT", 2, "GPIOIN", "EVENTS", 1)
            {
                Name (CNT, 0)
                Scope (\\_SB)
                {
                    Device (GPO0)
                    {
                        Name (_HID, "GPSM0001")
                        Name (_UID, 0)
                        Name (_CRS, ResourceTemplate ()
                        {
                            Memory32Fixed (ReadWrite, 0xFED00000, 0x00000100)
                            Interrupt (ResourceConsumer, Level, ActiveHigh, ExclusiveAndWake) { 40 }
                            Interrupt (ResourceConsumer, Level, ActiveHigh, ExclusiveAndWake) { 41 }
                            Interrupt (ResourceConsumer, Level, ActiveHigh, ExclusiveAndWake) { 42 }
                            Interrupt (ResourceConsumer, Level, ActiveHigh, ExclusiveAndWake) { 43 }
                        })
                        Method (_AEI, 0, Serialized)
                        {
                            Name (EVTS, ResourceTemplate ()
                            {
                                GpioInt (Edge, ActiveHigh, Exclusive, PullDown, 0, "\\\\_SB.GPO0") { 3 }
                                GpioInt (Edge, ActiveHigh, Exclusive, PullDown, 0, "\\\\_SB.GPO0") { 70 }
                            })
                            Return (EVTS)
                        }
                        Method (_E03) { CNT++ }
                        Method (_EVT, 1) { CNT += Arg0 }
                    }
                    Device (ABS0)
                    {
                        Name (_HID, "GPSM0001")
                        Method (_STA) { If (CNT == 0x1234) { Return (0x0F) } Return (Zero) }
                        Device (CHLD)
                        {
                            Name (_HID, "GPSM0004")
                            Name (_STA, 0x0F)
                        }
                    }
                }
            }
            """;

    @Test
    void aeiEventsRunTheirMethodsWhenThePinFires(@TempDir Path dir) throws Exception {
        Path aml = compile(dir, BOARD);
        Path scenario = Files.writeString(dir.resolve("events.scenario"), """
                at 1ms  \\_SB.GPO0 pulse 3 high 1ms
                at 5ms  \\_SB.GPO0 pulse 70 high 1ms
                at 9ms  \\_SB.GPO0 pulse 3 high 1ms
                """);
        CommandResult result = CommandResult.run("run", aml.toString(), "--scenario", scenario.toString());
        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).contains("\\_SB.GPO0._AEI").contains("acpi-events").contains("started");
        assertThat(result.out().lines().filter(l -> l.contains("ran _E03")).count()).isEqualTo(2);
        assertThat(result.out()).contains("ran _EVT (0x46)");
        assertThat(result.out()).containsPattern("\\\\_SB.ABS0 +.*not present");
        assertThat(result.out()).containsPattern("\\\\_SB.ABS0.CHLD +.*not present: \\\\_SB.ABS0 above it is not present");
    }

    @Test
    void decodeShowsStatusAndWhyADeviceIsAbsent(@TempDir Path dir) throws Exception {
        Path aml = compile(dir, BOARD);
        CommandResult result = CommandResult.run("decode", aml.toString());
        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).contains("\\_SB.ABS0  GPSM0001  _STA 0x0").contains("absent: _STA is 0x0 (not present)");
        assertThat(result.out()).contains("\\_SB.ABS0.CHLD  GPSM0004  _STA 0x0").contains("absent: \\_SB.ABS0 above it is not present");
        assertThat(result.out()).contains("\\_SB.GPO0._AEI  ACPI_AEI  _STA 0xF  _CRS: evaluated method");
    }

    /**
     * A hot-plugged lid: its {@code _STA} reads a flag the GPIO event {@code _E03} toggles, then
     * {@code Notify (LID1, One)} (device check) makes the PnP manager evaluate {@code _STA} again and start or
     * surprise-remove it. The event also notifies a thermal zone, which no driver takes: logged, not lost.
     */
    private static final String HOT_PLUG = """
            DefinitionBlock ("", "DSDT", 2, "GPIOIN", "HOTPLUG", 1)
            {
                Name (PRES, 0)
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
                        Name (_AEI, ResourceTemplate ()
                        {
                            GpioInt (Edge, ActiveHigh, Exclusive, PullDown, 0, "\\\\_SB.GPO0") { 3 }
                        })
                        Method (_E03)
                        {
                            PRES ^= 1
                            Notify (\\_SB.LID1, One)
                            Notify (\\_TZ.TZ00, 0x80)
                        }
                    }
                    Device (LID1)
                    {
                        Name (_HID, "PNP0C0D")
                        Method (_STA) { If (PRES) { Return (0x0F) } Return (Zero) }
                        Method (_LID) { Return (One) }
                    }
                }
                Scope (\\_TZ)
                {
                    ThermalZone (TZ00) { Method (_TMP) { Return (3000) } }
                }
            }
            """;

    @Test
    void aDeviceCheckFromAnEventStartsTheDeviceThatAppearedAndRemovesItWhenItGoes(@TempDir Path dir) throws Exception {
        Path aml = compile(dir, HOT_PLUG);
        Path scenario = Files.writeString(dir.resolve("hotplug.scenario"), """
                at 1ms  \\_SB.GPO0 pulse 3 high 1ms
                at 5ms  \\_SB.GPO0 pulse 3 high 1ms
                """);
        CommandResult result = CommandResult.run("run", aml.toString(), "--scenario", scenario.toString());
        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).containsPattern("\\\\_SB.LID1 +- +not present: _STA is 0x0");
        assertThat(result.out()).containsSubsequence(
                "1.000000 ms  \\_SB.GPO0._AEI ran _E03",
                "1.000000 ms  \\_SB.LID1      info: Notify 0x01 (device check): _STA is 0xf; checking the devices below it",
                "1.000000 ms  \\_SB.LID1      lifecycle: present (Notify 0x01 (device check)): starting",
                "1.000000 ms  \\_SB.LID1      lid open (_LID = 1)",
                "1.000000 ms  \\_SB.LID1      lifecycle: started by lid",
                "1.000000 ms  \\_TZ.TZ00      info: Notify 0x80 (device-specific) not delivered: \\_TZ.TZ00 is a thermal zone",
                "5.000000 ms  \\_SB.LID1      info: Notify 0x01 (device check): _STA is 0x0; checking the devices below it",
                "5.000000 ms  \\_SB.LID1      lifecycle: surprise removal: the hardware is gone",
                "5.000000 ms  \\_SB.LID1      lifecycle: stopped",
                "5.000000 ms  \\_SB.LID1      lifecycle: no longer present (Notify 0x01 (device check))");
        assertThat(result.out()).doesNotContain("its driver left its notification callback registered");
    }

    /**
     * A Generic Event Device whose one Interrupt() lists two GSIVs, after a descriptor no driver receives: the
     * driver must pair each CM entry with its own GSIV, so {@code _EVT} gets 61 for the second line.
     */
    private static final String GED = """
            DefinitionBlock ("", "DSDT", 2, "GPIOIN", "GED", 1)
            {
                Scope (\\_SB)
                {
                    Device (GPO0)
                    {
                        Name (_HID, "GPSM0001")
                        Name (_CRS, ResourceTemplate ()
                        {
                            Memory32Fixed (ReadWrite, 0xFED00000, 0x00000100)
                            Interrupt (ResourceConsumer, Level, ActiveHigh, Exclusive) { 40 }
                            Interrupt (ResourceConsumer, Level, ActiveHigh, Exclusive) { 41 }
                            Interrupt (ResourceConsumer, Level, ActiveHigh, Exclusive) { 42 }
                            Interrupt (ResourceConsumer, Level, ActiveHigh, Exclusive) { 43 }
                        })
                    }
                    Device (GED0)
                    {
                        Name (_HID, "ACPI0013")
                        Name (_CRS, ResourceTemplate ()
                        {
                            PinConfig (Exclusive, 0x01, 0x00001000, "\\_SB.GPO0", 0, ResourceConsumer) { 5 }
                            Interrupt (ResourceConsumer, Edge, ActiveHigh, Exclusive) { 60, 61 }
                        })
                        Name (LAST, 0)
                        Method (_EVT, 1) { LAST = Arg0 }
                    }
                }
            }
            """;

    @Test
    void aGenericEventDevicePassesEachLinesOwnGsivToEvt(@TempDir Path dir) throws Exception {
        Path aml = compile(dir, GED);
        Path scenario = Files.writeString(dir.resolve("ged.scenario"), """
                at 1ms  \\_SB.GED0 pulse interrupt 1
                at 2ms  \\_SB.GED0 pulse interrupt 0
                """);
        CommandResult result = CommandResult.run("run", aml.toString(), "--scenario", scenario.toString());
        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).containsPattern("\\\\_SB.GED0 +acpi-events +started");
        assertThat(result.out()).containsSubsequence("1.000000 ms  \\_SB.GED0      ran _EVT (0x3d)",
                "2.000000 ms  \\_SB.GED0      ran _EVT (0x3c)");
    }

    /** The board's AML as iasl compiles it; skips when iasl is not installed. */
    static Path compile(Path dir, String asl) throws IOException, InterruptedException {
        Path source = Files.writeString(dir.resolve("board.asl"), asl);
        Process iasl;
        try {
            iasl = new ProcessBuilder("iasl", "-p", dir.resolve("board").toString(), source.toString())
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort("iasl is not installed (apt-get install acpica-tools): " + e.getMessage());
            throw e;
        }
        String output = new String(iasl.getInputStream().readAllBytes());
        assertThat(iasl.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(iasl.exitValue()).as(output).isZero();
        return dir.resolve("board.aml");
    }
}
