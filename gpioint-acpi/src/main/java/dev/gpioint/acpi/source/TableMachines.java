package dev.gpioint.acpi.source;

import dev.gpioint.firmware.FirmwareProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits table files that come from several machines into one group per machine. Files from one machine hold at
 * most one DSDT, so with at most one DSDT among them all the files are one machine. With more, each file goes to
 * the machine its name says: files in the same directory whose names share the part before the first
 * {@code "__"} (the {@code <device>__<table>} naming of dumps collected from many machines) are one machine,
 * and files without {@code "__"} in a directory are that directory's machine. acpidump text counts as one DSDT.
 * Stateless.
 *
 * @see AmlFirmwareFormat#machines(List)
 */
final class TableMachines {
    /**
     * The groups, in the order their first file was given, and the directory entries left out because they are
     * not tables.
     *
     * @param machines the files of each machine
     * @param ignored  why each left-out file was left out
     */
    record Split(List<List<Path>> machines, List<FirmwareProblem> ignored) {
        Split {
            machines = machines.stream().map(List::copyOf).toList();
            ignored = List.copyOf(ignored);
        }
    }

    private TableMachines() {
    }

    static Split split(List<Path> paths) {
        var files = new ArrayList<Path>();
        var ignored = new ArrayList<FirmwareProblem>();
        int dsdts = 0;
        for (Path path : paths) {
            boolean listed = Files.isDirectory(path);
            for (Path file : listed ? TableFileReader.entries(path, ignored) : List.of(path)) {
                TableFileKind kind = TableFileKind.of(file);
                if (listed && kind == TableFileKind.OTHER) {
                    ignored.add(FirmwareProblem.of(file.toString(), "neither a binary ACPI table nor acpidump text: ignored"));
                    continue;
                }
                files.add(file);
                if (kind == TableFileKind.ACPIDUMP_TEXT || TableFileKind.signature(file).equals("DSDT")) {
                    dsdts++;
                }
            }
        }
        if (dsdts <= 1) {
            return new Split(files.isEmpty() ? List.of() : List.of(files), ignored);
        }
        Map<String, List<Path>> machines = new LinkedHashMap<>();
        for (Path file : files) {
            machines.computeIfAbsent(machine(file), k -> new ArrayList<>()).add(file);
        }
        return new Split(List.copyOf(machines.values()), ignored);
    }

    /** The machine a file's name puts it in: its directory and the name before the first "__". */
    private static String machine(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        String name = absolute.getFileName().toString();
        int cut = name.indexOf("__");
        return absolute.getParent() + "\0" + (cut < 0 ? "" : name.substring(0, cut));
    }
}
