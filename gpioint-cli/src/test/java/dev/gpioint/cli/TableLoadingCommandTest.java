package dev.gpioint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands over real tables with something wrong among them: what cannot be loaded is warned about on stderr
 * (file, offset, reason), the rest is used, and the status is 0. Uses the shared corpus and skips without it.
 */
class TableLoadingCommandTest {
    /** Relative to the module directory, where Maven runs tests: the repository's ../shared/corpus/woa. */
    private static final Path CORPUS = Path.of("../../shared/corpus/woa");
    private static final String CORRUPT = "microsoft-surface-pro-12-in__acpi__ssdt.dat";

    @TempDir
    Path temp;

    private static List<Path> corpus() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS), "corpus " + CORPUS.toAbsolutePath().normalize()
                + " is absent: skipping the real-firmware command tests");
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Test
    void decodeOfAllCorpusFilesPrintsEveryMachineAndWarnsAboutTheCorruptTable() throws IOException {
        List<Path> files = corpus();
        var args = new ArrayList<String>(List.of("decode"));
        files.forEach(f -> args.add(f.toString()));

        CommandResult result = CommandResult.run(args.toArray(String[]::new));

        assertThat(result.status()).as(result.err()).isZero();
        long machines = files.stream().map(f -> f.getFileName().toString().replaceFirst("__.*", "")).distinct().count();
        assertThat(result.out().lines().filter(l -> l.startsWith("== "))).hasSize((int) machines);
        assertThat(result.out()).contains("== " + CORPUS.resolve("microsoft-surface-pro-12-in__acpi__dsdt.dat") + ", " + CORPUS.resolve(CORRUPT) + " ==",
                "\\_SB.GIO0", machines + " machines decoded (0 not loaded): ");
        // Real firmware also has AML that fails as it loads (acpiexec reports the same); only one table is skipped.
        assertThat(result.err().lines().filter(l -> !l.startsWith("gpioint: warning: AML in ")).toList()).singleElement().asString()
                .startsWith("gpioint: warning: skipped " + CORPUS.resolve(CORRUPT) + " at offset 0x4: header length ")
                .endsWith("runs past the end of the data (9460 bytes): the table is truncated");
        assertThat(result.err().lines()).allSatisfy(w -> assertThat(w).startsWith("gpioint: warning: "));
    }

    @Test
    void decodeOfTheCorpusDirectoryIsTheSame() throws IOException {
        corpus();
        CommandResult result = CommandResult.run("decode", CORPUS.toString());

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).contains("56 machines decoded (0 not loaded): ");
        assertThat(result.err()).contains(CORRUPT + " at offset 0x4: header length");
    }

    @Test
    void aCorruptSsdtNextToAGoodDsdtIsAWarningForDecodeResourcesAndRun() throws IOException {
        List<Path> files = corpus();
        Path dsdt = files.stream().filter(f -> f.getFileName().toString().equals("lenovo-yoga-c630__acpi__DSDT.bin")).findFirst()
                .orElseThrow();
        Path dir = Files.createDirectories(temp.resolve("yoga"));
        Files.copy(dsdt, dir.resolve("dsdt.dat"));
        Files.copy(CORPUS.resolve(CORRUPT), dir.resolve("ssdt.dat"));
        Files.writeString(dir.resolve("notes.txt"), "dumped on 2026-12-03\n");

        CommandResult alone = CommandResult.run("decode", dsdt.toString());
        for (String command : List.of("decode", "resources", "run")) {
            CommandResult result = CommandResult.run(command, dir.toString());
            assertThat(result.status()).as(command + ": " + result.err()).isZero();
            assertThat(result.err().lines().toList()).as(command).containsExactly(
                    "gpioint: warning: skipped " + dir.resolve("notes.txt") + ": neither a binary ACPI table nor acpidump text: ignored",
                    "gpioint: warning: skipped " + dir.resolve("ssdt.dat") + " at offset 0x4: header length 498974703 runs past the end "
                            + "of the data (9460 bytes): the table is truncated");
        }
        CommandResult decoded = CommandResult.run("decode", dir.toString());
        assertThat(decoded.out().lines().toList().getLast()).isEqualTo(alone.out().lines().toList().getLast());
    }

    @Test
    void runAndResourcesBootOneMachineOnly() throws IOException {
        corpus();
        for (String command : List.of("run", "resources")) {
            CommandResult result = CommandResult.run(command, CORPUS.toString());
            assertThat(result.status()).as(command).isEqualTo(2);
            assertThat(result.err()).as(command).contains("the tables given are from 56 machines");
        }
    }

    @Test
    void nothingLoadableIsStillAnError() throws IOException {
        corpus();
        CommandResult result = CommandResult.run("decode", CORPUS.resolve(CORRUPT).toString());

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains(CORRUPT + ":offset 0x4: header length", "no DSDT or SSDT among the tables");
    }
}
