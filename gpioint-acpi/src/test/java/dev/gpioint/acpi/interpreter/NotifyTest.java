package dev.gpioint.acpi.interpreter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gpioint.acpi.aml.AcpiTable;
import dev.gpioint.acpi.oracle.AcpiExec;
import dev.gpioint.acpi.oracle.AcpiExecResult;
import dev.gpioint.acpi.oracle.Iasl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code Notify} hands the notified object's path and the value to the host, for Devices, Processors and
 * ThermalZones named directly; any other operand fails with AE_AML_OPERAND_TYPE, as acpiexec answers.
 */
class NotifyTest {
    private static final String ASL = """
            DefinitionBlock ("", "DSDT", 2, "GPIOIN", "NOTIFY", 1)
            {
                Name (\\NAMX, 1)
                Scope (\\_SB)
                {
                    Device (DEV0) { Name (_HID, "GPSM0001") }
                    ThermalZone (TZ00) { Method (_TMP) { Return (3000) } }
                    Method (M1) { Notify (\\_SB.DEV0, 0x80)  Notify (DEV0, One)  Return (1) }
                    Method (M2) { Notify (\\_SB.TZ00, 0x81)  Return (2) }
                    Method (M3) { Local0 = RefOf (\\NAMX)  Notify (Local0, 0x80)  Return (3) }
                    Method (M4) { Local0 = RefOf (\\_SB.DEV0)  Notify (Local0, 0x81)  Return (4) }
                }
            }
            """;
    private static final List<String> METHODS = List.of("\\_SB.M1", "\\_SB.M2", "\\_SB.M3", "\\_SB.M4");

    private record Notified(String path, long value) {
    }

    private static AmlHost recording(List<Notified> notified) {
        AmlHost clock = AmlHost.virtual();
        return new AmlHost() {
            @Override
            public long nanoTime() {
                return clock.nanoTime();
            }

            @Override
            public void advance(long nanos) {
                clock.advance(nanos);
            }

            @Override
            public void notify(String path, long value) {
                notified.add(new Notified(path, value));
            }
        };
    }

    @Test
    void theHostGetsThePathAndValueOfADeviceOrThermalZoneAndAnythingElseIsAnOperandTypeError() throws Exception {
        Iasl.assumeAvailable();
        var notified = new ArrayList<Notified>();
        var aml = AmlInterpreter.load(List.of(AcpiTable.read(Iasl.compile(ASL), "notify.aml")),
                AmlOptions.windows11().withHost(recording(notified)));
        assertThat(aml.evaluate("\\_SB.M1")).isEqualTo(new AmlValue.Integer(1));
        assertThat(aml.evaluate("\\_SB.M2")).isEqualTo(new AmlValue.Integer(2));
        assertThat(notified).containsExactly(new Notified("\\_SB.DEV0", 0x80), new Notified("\\_SB.DEV0", 1),
                new Notified("\\_SB.TZ00", 0x81));
        for (String method : List.of("\\_SB.M3", "\\_SB.M4")) {
            assertThatThrownBy(() -> aml.evaluate(method)).isInstanceOfSatisfying(AmlException.class, e -> {
                assertThat(e.status()).isEqualTo(AmlStatus.AE_AML_OPERAND_TYPE);
                assertThat(e.reason()).contains("Notify needs a Device, Processor or ThermalZone named directly");
            });
        }
        assertThat(notified).hasSize(3);
    }

    @Test
    void acpiexecAnswersTheSame(@TempDir Path dir) throws Exception {
        Iasl.assumeAvailable();
        AcpiExec.assumeAvailable();
        Path table = Files.write(dir.resolve("dsdt.aml"), Iasl.compile(ASL));
        var results = new AcpiExec().evaluate(List.of(table), METHODS);
        assertThat(results).containsEntry("\\_SB.M1", new AcpiExecResult.IntegerResult(1))
                .containsEntry("\\_SB.M2", new AcpiExecResult.IntegerResult(2))
                .containsEntry("\\_SB.M3", new AcpiExecResult.Failure("AE_AML_OPERAND_TYPE"))
                .containsEntry("\\_SB.M4", new AcpiExecResult.Failure("AE_AML_OPERAND_TYPE"));
    }
}
