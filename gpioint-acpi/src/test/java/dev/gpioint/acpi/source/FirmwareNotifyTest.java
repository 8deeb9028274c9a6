package dev.gpioint.acpi.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gpioint.acpi.oracle.Iasl;
import dev.gpioint.firmware.Firmware;
import dev.gpioint.firmware.FirmwareMethods;
import dev.gpioint.firmware.FirmwareNotification;
import dev.gpioint.firmware.FirmwareNotification.TargetKind;
import dev.gpioint.firmware.NamePath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code Notify} executed by a method of loaded tables reaches the listener of {@link FirmwareMethods#onNotify}
 * with the notified path, what the object is and the code; one executed while the tables load (an {@code _INI})
 * goes nowhere, as no machine listens yet.
 */
class FirmwareNotifyTest {
    private static final String ASL = """
            DefinitionBlock ("", "DSDT", 2, "GPIOIN", "NOTIFY", 1)
            {
                Scope (\\_SB)
                {
                    Method (_INI) { Notify (\\_SB.LID0, 0x80) }
                    Device (LID0) { Name (_HID, "PNP0C0D") }
                    ThermalZone (TZ00) { Method (_TMP) { Return (3000) } }
                    Processor (CPU0, 0, 0, 0) { }
                    Method (EVNT) { Notify (LID0, 0x80)  Notify (TZ00, 0x81)  Notify (CPU0, 0x81)  Notify (LID0, 0xFFFFFFFF) }
                }
            }
            """;

    @Test
    void aMethodsNotifyReachesTheListenerWithPathKindAndCode(@TempDir Path dir) throws Exception {
        Iasl.assumeAvailable();
        Path table = Files.write(dir.resolve("dsdt.aml"), Iasl.compile(ASL));
        Firmware firmware = new AmlFirmwareFormat().source(List.of(table)).load();
        FirmwareMethods methods = firmware.methods().orElseThrow();
        var received = new ArrayList<FirmwareNotification>();
        methods.onNotify(received::add);
        assertThat(received).as("the _INI's Notify ran before anyone listened").isEmpty();
        methods.evaluate(NamePath.of("\\_SB"), "EVNT", List.of());
        assertThat(received).containsExactly(
                new FirmwareNotification(NamePath.of("\\_SB.LID0"), TargetKind.DEVICE, 0x80),
                new FirmwareNotification(NamePath.of("\\_SB.TZ00"), TargetKind.THERMAL_ZONE, 0x81),
                new FirmwareNotification(NamePath.of("\\_SB.CPU0"), TargetKind.PROCESSOR, 0x81),
                new FirmwareNotification(NamePath.of("\\_SB.LID0"), TargetKind.DEVICE, 0xFFFFFFFF));
    }
}
