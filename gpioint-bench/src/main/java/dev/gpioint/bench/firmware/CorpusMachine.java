package dev.gpioint.bench.firmware;

import dev.gpioint.acpi.aml.AcpiTable;
import dev.gpioint.acpi.aml.AcpiTableException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One machine of the WoA corpus: the corpus files sharing the {@code <device>__} prefix of their names, with the
 * tables read from them. The DSDT comes first (told by its signature, since its file may be {@code dsdt.dat},
 * {@code DSDT.aml} or {@code DSDT.bin}), then the other tables by file name. A file that {@link AcpiTable#read}
 * rejects (the corpus has one: {@code microsoft-surface-pro-12-in__acpi__ssdt.dat}, whose header length runs past
 * its data) is left out of {@link #files()} and {@link #tables()} alike, so gpioint and acpiexec load the same
 * files. Immutable.
 *
 * @param name   the device part of the file names ({@code lenovo-thinkpad-x13s})
 * @param files  the table files, in load order
 * @param tables the tables read from {@link #files()}, same order
 */
public record CorpusMachine(String name, List<Path> files, List<AcpiTable> tables) {
    public CorpusMachine {
        files = List.copyOf(files);
        tables = List.copyOf(tables);
    }

    /**
     * The corpus directory as {@link FirmwareBenchmark#corpusTables()} finds it: {@code -Dgpioint.corpus}, else
     * {@code ../shared/corpus/woa} from the repository root ({@code -Dgpioint.root}, else the working directory).
     */
    public static Path corpusDirectory() {
        return corpusDirectory(Path.of(System.getProperty("gpioint.root", ".")));
    }

    /** As {@link #corpusDirectory()}, from the repository root {@code root}. */
    public static Path corpusDirectory(Path root) {
        return Path.of(System.getProperty("gpioint.corpus", root.resolve("../shared/corpus/woa").toString()))
                .toAbsolutePath().normalize();
    }

    /** Every machine of the corpus in {@code directory}, by name; files are read once, here. */
    public static List<CorpusMachine> load(Path directory) {
        Map<String, List<Path>> byDevice = new TreeMap<>();
        try (var files = Files.list(directory)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                byDevice.computeIfAbsent(device(f.getFileName().toString()), d -> new ArrayList<>()).add(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var machines = new ArrayList<CorpusMachine>();
        byDevice.forEach((name, files) -> machines.add(of(name, files)));
        return machines;
    }

    /** The machine made of {@code files} (any order): the ones that read as tables, DSDT first. */
    public static CorpusMachine of(String name, List<Path> files) {
        record Read(Path file, AcpiTable table) {
        }
        var read = new ArrayList<Read>();
        for (Path f : files) {
            try {
                read.add(new Read(f, AcpiTable.read(Files.readAllBytes(f), f.getFileName().toString())));
            } catch (AcpiTableException e) {
                // A corrupt table is not part of the machine for either interpreter (see the class comment).
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        read.sort(Comparator.comparing((Read r) -> !r.table().signature().equals("DSDT"))
                .thenComparing(r -> r.file().getFileName().toString()));
        return new CorpusMachine(name, read.stream().map(Read::file).toList(), read.stream().map(Read::table).toList());
    }

    /** The device part of a corpus file name: what comes before the first {@code __}, or the whole name. */
    static String device(String fileName) {
        int cut = fileName.indexOf("__");
        return cut < 0 ? fileName : fileName.substring(0, cut);
    }
}
