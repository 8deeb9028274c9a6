package dev.gpioint.acpi.aml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The FACS and the RSDP, which have no standard header, are checked by their own layouts and never walked. */
class OwnLayoutTablesTest {
    @Test
    void aFacsHasNoChecksumAndIsAccepted() throws Exception {
        AcpiTable facs = AcpiTable.read(TableBytes.facs(), "facs.dat");
        assertThat(facs.signature()).isEqualTo("FACS");
        assertThat(facs.revision()).isEqualTo(2);
        assertThat(facs.bytes()).hasSize(64);
        assertThat(facs.isDefinitionBlock()).isFalse();
    }

    @Test
    void aFacsLengthMustFitAndBeAtLeast64() {
        byte[] shortLength = TableBytes.facs();
        shortLength[4] = 0x20;
        assertThat(catchThrowableOfType(AcpiTableException.class, () -> AcpiTable.read(shortLength, "facs.dat")).getMessage())
                .isEqualTo("facs.dat offset 0x4: FACS length 32 is shorter than the 64 bytes a FACS has");
        assertThat(catchThrowableOfType(AcpiTableException.class,
                () -> AcpiTable.read(Arrays.copyOf(TableBytes.facs(), 40), "facs.dat")).getMessage())
                .isEqualTo("facs.dat offset 0x4: FACS length 64 runs past the end of the data (40 bytes): the table is truncated");
    }

    @Test
    void anRsdpOfEitherRevisionIsAccepted() throws Exception {
        AcpiTable v2 = AcpiTable.read(TableBytes.rsdp(2), "rsdp.dat");
        assertThat(v2.signature()).isEqualTo("RSDP");
        assertThat(v2.revision()).isEqualTo(2);
        assertThat(v2.oemId()).isEqualTo("TESTOE");
        assertThat(v2.bytes()).hasSize(36);
        AcpiTable v0 = AcpiTable.read(TableBytes.rsdp(0), "rsdp.dat");
        assertThat(v0.bytes()).hasSize(20);
        assertThat(v0.isDefinitionBlock()).isFalse();
    }

    @Test
    void anRsdpChecksumIsChecked() {
        byte[] first = TableBytes.rsdp(2);
        first[9] ^= 1;
        assertThat(catchThrowableOfType(AcpiTableException.class, () -> AcpiTable.read(first, "rsdp.dat")).getMessage())
                .startsWith("rsdp.dat offset 0x8: RSDP checksum mismatch: the first 20 bytes sum to");
        byte[] extended = TableBytes.rsdp(2);
        extended[30] ^= 1;
        assertThat(catchThrowableOfType(AcpiTableException.class, () -> AcpiTable.read(extended, "rsdp.dat")).getMessage())
                .startsWith("rsdp.dat offset 0x20: RSDP extended checksum mismatch: its 36 bytes sum to");
    }

    @Test
    void otherTablesKeepTheStandardChecks() throws Exception {
        AcpiTable facp = AcpiTable.read(TableBytes.standard("FACP", 6, new byte[240]), "facp.dat");
        assertThat(facp.isDefinitionBlock()).isFalse();
        assertThat(AcpiTable.read(TableBytes.standard("ASF!", 32, new byte[8]), "asf.dat").signature()).isEqualTo("ASF!");
        assertThat(catchThrowableOfType(AcpiTableException.class,
                () -> AcpiTable.read(TableBytes.withBadChecksum(TableBytes.standard("APIC", 6, new byte[8])), "apic.dat")).getMessage())
                .startsWith("apic.dat offset 0x9: checksum mismatch");
    }

    @Test
    void acpidumpTextSkipsABrokenBlockAndKeepsTheOthers() throws Exception {
        String text = dump("RSDP", TableBytes.rsdp(2)) + dump("FACS", TableBytes.facs())
                + dump("APIC", TableBytes.withBadChecksum(TableBytes.standard("APIC", 6, new byte[8])))
                + dump("DSDT", TableBytes.boardDsdt());
        TableBatch batch = AcpidumpText.readAll(text, "dump.txt");
        assertThat(batch.tables()).extracting(AcpiTable::signature).containsExactly("RSDP", "FACS", "DSDT");
        assertThat(batch.problems()).hasSize(1);
        assertThat(batch.problems().getFirst().getMessage()).startsWith("dump.txt: APIC #3 (line 12) offset 0x9: checksum mismatch");
        assertThat(dev.gpioint.acpi.interpreter.AmlInterpreter.load(batch.tables(), dev.gpioint.acpi.interpreter.AmlOptions.windows11()).devices().stream().map(dev.gpioint.acpi.interpreter.AmlNode::path).toList()).contains("\\_SB.GPO0");
    }

    private static String dump(String signature, byte[] table) {
        return dev.gpioint.acpi.oracle.AcpidumpWriter.table(signature, table);
    }
}
