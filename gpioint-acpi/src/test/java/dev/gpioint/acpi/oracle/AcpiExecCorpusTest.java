package dev.gpioint.acpi.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gpioint.acpi.oracle.AcpiExecResult.StringResult;
import dev.gpioint.acpi.oracle.CorpusMachines.Machine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus as machines for acpiexec: how the files group and order, which are sound, and how long acpiexec takes
 * to load each machine and evaluate {@code \_OS} (printed; about 20 s for the whole corpus, most of it AML
 * {@code Sleep} in five Dell {@code _INI} methods). Skips when the corpus or acpiexec is absent.
 */
class AcpiExecCorpusTest {
    private static final String CORRUPT = "microsoft-surface-pro-12-in__acpi__ssdt.dat";

    private static List<String> names(List<Path> files) {
        return files.stream().map(f -> f.getFileName().toString()).toList();
    }

    private static Machine machine(List<Machine> machines, String name) {
        return machines.stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void filesGroupIntoMachinesDsdtFirst() throws IOException {
        List<Machine> machines = CorpusMachines.assumeCorpus();
        assertThat(machines).hasSize(56);
        assertThat(machines.stream().mapToInt(m -> m.files().size()).sum()).isEqualTo(96);
        assertThat(names(machine(machines, "hp-elitebook-6-g1q").files())).containsExactly("hp-elitebook-6-g1q__dsdt.dat",
                "hp-elitebook-6-g1q__ssdt.dat", "hp-elitebook-6-g1q__ssdt1.dat", "hp-elitebook-6-g1q__ssdt2.dat",
                "hp-elitebook-6-g1q__ssdt3.dat", "hp-elitebook-6-g1q__ssdt4.dat");
        assertThat(names(machine(machines, "lenovo-yoga-c630").files())).containsExactly("lenovo-yoga-c630__acpi__DSDT.bin",
                "lenovo-yoga-c630__acpi__SSDT.bin");
        for (Machine m : machines) {
            assertThat(CorpusMachines.signature(m.files().getFirst())).as(m.name()).isEqualTo("DSDT");
        }
    }

    @Test
    void theCorruptTableIsListedButNotValid() throws IOException {
        List<Machine> machines = CorpusMachines.assumeCorpus();
        Machine surface = machine(machines, "microsoft-surface-pro-12-in");
        assertThat(names(surface.files())).containsExactly("microsoft-surface-pro-12-in__acpi__dsdt.dat", CORRUPT);
        assertThat(names(surface.validFiles())).containsExactly("microsoft-surface-pro-12-in__acpi__dsdt.dat");
        for (Machine m : machines) {
            if (m != surface) {
                assertThat(m.validFiles()).as(m.name()).isEqualTo(m.files());
            }
        }
    }

    @Test
    void tablesOrderByDsdtSignatureThenNaturalName(@TempDir Path dir) throws IOException {
        byte[] ssdt = "SSDT".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        for (String name : List.of("m__ssdt10.dat", "m__ssdt9.dat", "m__ssdt.dat", "m__ssdt1.dat", "m__SSDT2.dat")) {
            Files.write(dir.resolve(name), ssdt);
        }
        Files.write(dir.resolve("m__zz.dat"), "DSDT".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Files.write(dir.resolve("other__dsdt.dat"), "DSDT".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        List<Machine> machines = CorpusMachines.load(dir);
        assertThat(machines).extracting(Machine::name).containsExactly("m", "other");
        assertThat(names(machines.getFirst().files())).containsExactly("m__zz.dat", "m__ssdt.dat", "m__ssdt1.dat", "m__SSDT2.dat",
                "m__ssdt9.dat", "m__ssdt10.dat");
        assertThat(machines.getFirst().validFiles()).as("4-byte files have no header").isEmpty();
    }

    @Test
    void everyCorpusMachineLoads() throws IOException {
        List<Machine> machines = CorpusMachines.assumeCorpus();
        AcpiExec.assumeAvailable();
        var oracle = new AcpiExec();
        var failures = new ArrayList<String>();
        long total = System.nanoTime();
        System.out.println("acpiexec: load and evaluate \\_OS per corpus machine (valid tables only)");
        for (Machine m : machines) {
            List<Path> tables = m.validFiles();
            long start = System.nanoTime();
            var r = oracle.evaluate(tables, List.of("\\_OS"));
            long ms = (System.nanoTime() - start) / 1_000_000;
            String skipped = tables.size() == m.files().size() ? "" : " (skipped " + (m.files().size() - tables.size()) + " invalid)";
            System.out.printf("  %-40s %d table(s)%s %5d ms%n", m.name(), tables.size(), skipped, ms);
            if (!r.get("\\_OS").equals(new StringResult("Microsoft Windows NT"))) {
                failures.add(m.name() + ": " + r.get("\\_OS"));
            }
        }
        System.out.printf("  all %d machines: %d ms%n", machines.size(), (System.nanoTime() - total) / 1_000_000);
        assertThat(failures).isEmpty();
    }
}
