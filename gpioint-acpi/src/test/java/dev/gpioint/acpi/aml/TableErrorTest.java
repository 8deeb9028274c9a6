package dev.gpioint.acpi.aml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Broken tables and acpidump text fail with the table, the place and the reason. */
class TableErrorTest {
    private static byte[] table() throws IOException {
        try (var in = TableErrorTest.class.getResourceAsStream("/boards/formats-dsdt.aml")) {
            return in.readAllBytes();
        }
    }

    @Test
    void readsAGoodTable() throws Exception {
        AcpiTable t = AcpiTable.read(table(), "dsdt.aml");
        assertThat(t.signature()).isEqualTo("DSDT");
        assertThat(t.oemTableId()).isEqualTo("FORMATS");
        assertThat(dev.gpioint.acpi.interpreter.AmlInterpreter.load(List.of(t), dev.gpioint.acpi.interpreter.AmlOptions.windows11()).devices().stream().map(dev.gpioint.acpi.interpreter.AmlNode::path).toList()).contains("\\_SB.GPO0", "\\_SB.TCH0");
    }

    @Test
    void badChecksum() throws Exception {
        byte[] b = table();
        b[100] ^= 1;
        assertThat(catchThrowableOfType(AcpiTableException.class, () -> AcpiTable.read(b, "dsdt.aml")).getMessage())
                .matches("dsdt\\.aml offset 0x9: checksum mismatch: the table's bytes sum to 0x.., not 0 \\(checksum byte is 0x..\\)");
    }

    @Test
    void truncatedTable() throws Exception {
        byte[] b = Arrays.copyOf(table(), 200);
        assertThat(catchThrowableOfType(AcpiTableException.class, () -> AcpiTable.read(b, "dsdt.aml")).getMessage())
                .isEqualTo("dsdt.aml offset 0x4: header length 693 runs past the end of the data (200 bytes): the table is truncated");
        assertThat(catchThrowableOfType(AcpiTableException.class, () -> AcpiTable.read(new byte[10], "x.dat")).getMessage())
                .isEqualTo("x.dat offset 0x0: table is 10 bytes, shorter than the 36-byte ACPI header");
    }

    @Test
    void acpidumpTextProblemsNameTheLine() {
        assertThat(catchThrowableOfType(AcpiTableException.class, () -> AcpidumpText.read("hello\n", "dump.txt")).getMessage())
                .isEqualTo("dump.txt line 1: no 'SIGN @ 0xADDRESS' table header found: not acpidump output");
        String skipped = "DSDT @ 0x0\n    0000: 44 53 44 54\n    0020: 00\n";
        assertThat(catchThrowableOfType(AcpiTableException.class, () -> AcpidumpText.read(skipped, "dump.txt")).getMessage())
                .isEqualTo("dump.txt line 3: data line at offset 0x20 where 0x4 was expected (missing or repeated lines)");
    }
}
