package dev.gpioint.acpi.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gpioint.acpi.aml.TableBytes;
import dev.gpioint.acpi.oracle.AcpidumpWriter;
import dev.gpioint.firmware.Firmware;
import dev.gpioint.firmware.FirmwareDevice;
import dev.gpioint.firmware.FirmwareException;
import dev.gpioint.firmware.FirmwareProblem;
import dev.gpioint.firmware.FirmwareSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table that cannot be loaded is reported (file, offset, reason) and skipped; the other tables and their
 * devices load. The tables other than DSDT and SSDT, the FACS and RSDP among them, are accepted and never walked.
 */
class SkippedTablesTest {
    private static final List<String> BOARD = List.of("\\_SB.GPO0", "\\_SB.I2C1", "\\_SB.TCH0", "\\_SB.BTN0", "\\_SB.ACC0",
            "\\_SB.BAD0");

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    private static List<String> paths(Firmware fw) {
        return fw.devices().stream().map(FirmwareDevice::path).map(p -> p.path()).toList();
    }

    @Test
    void anX86AcpidumpWithRsdpFacsAndFacpLoadsTheDsdtDevices() throws Exception {
        String text = AcpidumpWriter.table("RSDP", TableBytes.rsdp(2)) + AcpidumpWriter.table("FACS", TableBytes.facs())
                + AcpidumpWriter.table("FACP", TableBytes.standard("FACP", 6, new byte[240]))
                + AcpidumpWriter.table("APIC", TableBytes.standard("APIC", 6, new byte[8]))
                + AcpidumpWriter.table("DSDT", TableBytes.boardDsdt());
        Path dump = Files.writeString(dir.resolve("acpidump.txt"), text);
        var format = new AcpidumpFirmwareFormat();
        assertThat(format.accepts(List.of(dump))).isTrue();

        Firmware fw = format.source(List.of(dump)).load();

        assertThat(paths(fw)).containsExactlyElementsOf(BOARD);
        assertThat(fw.problems()).isEmpty();
    }

    @Test
    void aBrokenBlockInAcpidumpTextIsSkippedAndNamed() throws Exception {
        String text = AcpidumpWriter.table("DSDT", TableBytes.boardDsdt())
                + AcpidumpWriter.table("SSDT", TableBytes.withBadChecksum(TableBytes.standard("SSDT", 2, new byte[4])));
        Path dump = Files.writeString(dir.resolve("acpidump.txt"), text);

        Firmware fw = new AcpidumpFirmwareFormat().source(List.of(dump)).load();

        assertThat(paths(fw)).containsExactlyElementsOf(BOARD);
        assertThat(fw.problems()).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo(dump + ": SSDT #2 (line " + (text.lines().toList().indexOf("SSDT @ 0x0000000000000000") + 1) + ")");
            assertThat(p.location()).isEqualTo("offset 0x9");
            assertThat(p.message()).startsWith("checksum mismatch");
        });
    }

    @Test
    void aCorruptSsdtNextToAGoodDsdtIsSkippedWithFileOffsetAndReason() throws Exception {
        Path dsdt = write("dsdt.dat", TableBytes.boardDsdt());
        Path ssdt = write("ssdt.dat", TableBytes.truncatedSsdt());

        Firmware fw = new AmlFirmwareFormat().source(List.of(ssdt, dsdt)).load();

        assertThat(paths(fw)).containsExactlyElementsOf(BOARD);
        assertThat(fw.problems()).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo(ssdt.toString());
            assertThat(p.location()).isEqualTo("offset 0x4");
            assertThat(p.message()).isEqualTo("header length 65536 runs past the end of the data (43 bytes): the table is truncated");
        });
    }

    @Test
    void anSsdtWhoseAmlDoesNotReadIsSkipped() throws Exception {
        Path dsdt = write("dsdt.dat", TableBytes.boardDsdt());
        // 0x02 is no AML opcode; outside any block it fails the whole table.
        Path ssdt = write("ssdt.dat", TableBytes.standard("SSDT", 2, new byte[] {0x02}));

        Firmware fw = new AmlFirmwareFormat().source(List.of(dsdt, ssdt)).load();

        assertThat(paths(fw)).containsExactlyElementsOf(BOARD);
        assertThat(fw.problems()).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo(ssdt.toString());
            assertThat(p.location()).isEqualTo("offset 0x24");
            assertThat(p.message()).contains("0x02");
        });
    }

    @Test
    void aDirectoryLoadsItsTablesByContentAndIgnoresOtherFiles() throws Exception {
        write("DSDT", TableBytes.boardDsdt());
        write("facs.bin", TableBytes.facs());
        write("rsdp", TableBytes.rsdp(0));
        write("apic.dat", TableBytes.standard("APIC", 6, new byte[8]));
        write("ssdt1.dat", TableBytes.truncatedSsdt());
        Files.writeString(dir.resolve("README.md"), "# tables dumped from the test machine\n");
        var format = new AmlFirmwareFormat();
        assertThat(format.accepts(List.of(dir))).isTrue();

        Firmware fw = format.source(List.of(dir)).load();

        assertThat(paths(fw)).containsExactlyElementsOf(BOARD);
        assertThat(fw.problems()).extracting(FirmwareProblem::source)
                .containsExactly(dir.resolve("README.md").toString(), dir.resolve("ssdt1.dat").toString());
        assertThat(fw.problems().getFirst().message()).isEqualTo("neither a binary ACPI table nor acpidump text: ignored");
    }

    @Test
    void theSameTableTwiceLoadsOnceAndASecondDsdtIsSkipped() throws Exception {
        Path dsdt = write("dsdt.dat", TableBytes.boardDsdt());
        Path copy = write("dsdt-copy.aml", TableBytes.boardDsdt());
        Path other = write("other.aml", TableBytes.standard("DSDT", 2, new byte[0]));

        Firmware fw = new AmlFirmwareFormat().source(List.of(dsdt, copy, other)).load();

        assertThat(paths(fw)).containsExactlyElementsOf(BOARD);
        assertThat(fw.problems()).extracting(FirmwareProblem::render).containsExactly(
                copy + ": the same DSDT as " + dsdt + ": loaded once",
                other + ":offset 0x0: a second DSDT (the first is " + dsdt + "): a machine has one DSDT, so this one is skipped");
    }

    @Test
    void whenNothingDefinesDevicesTheLoadFailsWithEveryProblem() throws Exception {
        Path ssdt = write("ssdt.dat", TableBytes.truncatedSsdt());
        Path facs = write("facs.dat", TableBytes.facs());

        FirmwareException e = catchThrowableOfType(FirmwareException.class,
                () -> new AmlFirmwareFormat().source(List.of(ssdt, facs)).load());

        assertThat(e.problems()).extracting(FirmwareProblem::message).containsExactly(
                "header length 65536 runs past the end of the data (43 bytes): the table is truncated",
                "no DSDT or SSDT among the tables: nothing defines devices");
    }

    @Test
    void tablesOfSeveralMachinesSplitByNamePrefix() throws Exception {
        write("one__dsdt.dat", TableBytes.boardDsdt());
        write("one__ssdt.dat", TableBytes.truncatedSsdt());
        write("two__DSDT.aml", TableBytes.standard("DSDT", 2, new byte[0]));
        write("two__ssdt1.dat", TableBytes.standard("SSDT", 2, new byte[] {0x5B, (byte) 0x82, 0x05, 'D', 'E', 'V', '2'}));

        List<FirmwareSource> machines = new AmlFirmwareFormat().machines(List.of(dir));

        assertThat(machines).hasSize(2);
        Firmware one = machines.get(0).load();
        assertThat(paths(one)).containsExactlyElementsOf(BOARD);
        assertThat(one.problems()).extracting(FirmwareProblem::source).containsExactly(dir.resolve("one__ssdt.dat").toString());
        Firmware two = machines.get(1).load();
        assertThat(paths(two)).containsExactly("\\DEV2");
        assertThat(two.problems()).isEmpty();
    }

    @Test
    void oneDsdtMeansOneMachineWhateverTheNames() throws Exception {
        Path dsdt = write("a__dsdt.dat", TableBytes.boardDsdt());
        Path ssdt = write("b__ssdt.dat", TableBytes.standard("SSDT", 2, new byte[] {0x5B, (byte) 0x82, 0x05, 'D', 'E', 'V', '2'}));

        List<FirmwareSource> machines = new AmlFirmwareFormat().machines(List.of(dsdt, ssdt));

        assertThat(machines).hasSize(1);
        assertThat(paths(machines.getFirst().load())).contains("\\_SB.GPO0", "\\DEV2");
    }
}
