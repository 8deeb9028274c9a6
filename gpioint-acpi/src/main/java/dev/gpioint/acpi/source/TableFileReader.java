package dev.gpioint.acpi.source;

import dev.gpioint.acpi.aml.AcpiTable;
import dev.gpioint.acpi.aml.AcpiTableException;
import dev.gpioint.acpi.aml.AcpidumpText;
import dev.gpioint.acpi.aml.TableBatch;
import dev.gpioint.firmware.FirmwareProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads table files into checked tables, skipping what cannot be read. A path may be a binary table, acpidump
 * text (told apart by content) or a directory, whose files are read in name order when their content is a table
 * or acpidump text; other files there are ignored with a warning, and subdirectories are not entered. A file
 * named explicitly is always read, so that its problem is reported with the reason. Stateless.
 */
final class TableFileReader {
    private TableFileReader() {
    }

    /** Every table the paths hold; every table or file skipped, with its file, place and reason. */
    static TableInput read(List<Path> paths) {
        var tables = new ArrayList<AcpiTable>();
        var skipped = new ArrayList<FirmwareProblem>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                for (Path file : entries(path, skipped)) {
                    switch (TableFileKind.of(file)) {
                        case OTHER -> skipped.add(FirmwareProblem.of(file.toString(),
                                "neither a binary ACPI table nor acpidump text: ignored"));
                        case ACPIDUMP_TEXT -> readText(file, tables, skipped);
                        case BINARY -> readBinary(file, tables, skipped);
                    }
                }
            } else if (TableFileKind.of(path) == TableFileKind.ACPIDUMP_TEXT) {
                readText(path, tables, skipped);
            } else {
                readBinary(path, tables, skipped);
            }
        }
        return new TableInput(tables, skipped);
    }

    /** The regular files in {@code directory}, by name; a subdirectory is reported, not entered. */
    static List<Path> entries(Path directory, List<FirmwareProblem> skipped) {
        try (Stream<Path> list = Files.list(directory)) {
            var files = new ArrayList<Path>();
            for (Path entry : list.sorted().toList()) {
                if (Files.isDirectory(entry)) {
                    skipped.add(FirmwareProblem.of(entry.toString(), "a directory inside a table directory: not searched"));
                } else {
                    files.add(entry);
                }
            }
            return files;
        } catch (IOException e) {
            skipped.add(FirmwareProblem.of(directory.toString(), "cannot list the directory: " + e.getMessage()));
            return List.of();
        }
    }

    private static void readBinary(Path file, List<AcpiTable> tables, List<FirmwareProblem> skipped) {
        try {
            tables.add(AcpiTable.read(Files.readAllBytes(file), file.toString()));
        } catch (IOException e) {
            skipped.add(FirmwareProblem.of(file.toString(), "cannot read the file: " + e.getMessage()));
        } catch (AcpiTableException e) {
            skipped.add(TableProblems.of(e));
        }
    }

    private static void readText(Path file, List<AcpiTable> tables, List<FirmwareProblem> skipped) {
        try {
            TableBatch batch = AcpidumpText.readAll(Files.readString(file, StandardCharsets.ISO_8859_1), file.toString());
            tables.addAll(batch.tables());
            batch.problems().forEach(p -> skipped.add(TableProblems.of(p)));
        } catch (IOException e) {
            skipped.add(FirmwareProblem.of(file.toString(), "cannot read the file: " + e.getMessage()));
        }
    }
}
