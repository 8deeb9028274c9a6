package dev.gpioint.bench.firmware;

import dev.gpioint.acpi.asl.AslCompiler;
import dev.gpioint.acpi.source.AmlFirmwareFormat;
import dev.gpioint.firmware.Firmware;
import dev.gpioint.firmware.FirmwareException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Figure 6: firmware. {@link #compileExampleBoards} parses and compiles every {@code examples/*.asl} board to
 * the source-neutral firmware model (the text is read once, in setup); {@link #loadWoaCorpus} loads every table
 * of the Windows-on-ARM corpus through the "aml" firmware format (read, checksum, namespace, devices and
 * resources), one table at a time; a table that fails with an error counts as loaded (the error is the
 * result). Paths are relative to the repository root, or to {@code -Dgpioint.root}; the corpus is
 * {@code ../shared/corpus/woa} from there, or {@code -Dgpioint.corpus}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class FirmwareBenchmark {
    private List<Path> boards;
    private List<String> boardTexts;
    private List<Path> corpus;

    /** The ASL boards the benchmark compiles. */
    public static List<Path> exampleBoards() {
        Path root = Path.of(System.getProperty("gpioint.root", "."));
        try (var files = Files.list(root.resolve("examples"))) {
            return files.filter(f -> f.toString().endsWith(".asl")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The corpus tables the benchmark loads. */
    public static List<Path> corpusTables() {
        Path root = Path.of(System.getProperty("gpioint.root", "."));
        Path corpus = Path.of(System.getProperty("gpioint.corpus", root.resolve("../shared/corpus/woa").toString()));
        try (var files = Files.list(corpus)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Setup(Level.Trial)
    public void read() throws IOException {
        boards = exampleBoards();
        boardTexts = boards.stream().map(FirmwareBenchmark::text).toList();
        corpus = corpusTables();
        if (boards.isEmpty() || corpus.isEmpty()) {
            throw new IllegalStateException("no example boards or corpus tables to load");
        }
    }

    private static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Benchmark
    public int compileExampleBoards() throws FirmwareException {
        int devices = 0;
        for (int i = 0; i < boards.size(); i++) {
            Firmware firmware = AslCompiler.compile(boards.get(i).getFileName().toString(), boardTexts.get(i));
            devices += firmware.devices().size();
        }
        return devices;
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int loadWoaCorpus() {
        var format = new AmlFirmwareFormat();
        int devices = 0;
        for (Path table : corpus) {
            try {
                devices += format.source(List.of(table)).load().devices().size();
            } catch (FirmwareException e) {
                devices--;
            }
        }
        return devices;
    }
}
