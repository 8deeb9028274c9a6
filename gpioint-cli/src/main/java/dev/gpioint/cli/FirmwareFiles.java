package dev.gpioint.cli;

import dev.gpioint.firmware.Firmware;
import dev.gpioint.firmware.FirmwareException;
import dev.gpioint.firmware.FirmwareFormat;
import dev.gpioint.firmware.FirmwareProblem;
import dev.gpioint.firmware.FirmwareSettings;
import dev.gpioint.firmware.FirmwareSource;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Reads firmware files (or directories of tables) with whichever registered {@link FirmwareFormat} accepts
 * them. What the format skipped while the rest loaded ({@link Firmware#problems()}) is printed as warnings, one
 * a line, and loading goes on; only firmware that does not load at all is a {@link UserError}.
 */
final class FirmwareFiles {
    private FirmwareFiles() {
    }

    /**
     * The firmware the files describe, which must be one machine (tables of several machines are for decode);
     * warnings go to {@code warnings}.
     */
    static Firmware load(List<Path> files, PrintStream warnings) {
        return load(files, warnings, FirmwareSettings.DEFAULT);
    }

    /** As {@link #load(List, PrintStream)}, evaluating the firmware as {@code settings} say. */
    static Firmware load(List<Path> files, PrintStream warnings, FirmwareSettings settings) {
        List<FirmwareSource> machines = machines(files, settings);
        if (machines.size() > 1) {
            throw new UserError("the tables given are from " + machines.size() + " machines (more than one DSDT, and file "
                    + "names with different '<device>__' prefixes): give one machine's tables, or list them all with decode");
        }
        return load(machines.getFirst(), warnings);
    }

    /** One source per machine the files describe (several only for tables dumped from several machines). */
    static List<FirmwareSource> machines(List<Path> files) {
        return machines(files, FirmwareSettings.DEFAULT);
    }

    /** As {@link #machines(List)}, each evaluated as {@code settings} say. */
    static List<FirmwareSource> machines(List<Path> files, FirmwareSettings settings) {
        try {
            return format(files).with(settings).machines(files);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage(), e);
        }
    }

    /** Loads {@code source}, printing its warnings; a source that does not load at all is a user error. */
    static Firmware load(FirmwareSource source, PrintStream warnings) {
        try {
            Firmware firmware = source.load();
            warn(firmware.problems(), warnings);
            return firmware;
        } catch (FirmwareException e) {
            throw new UserError(e.getMessage(), e);
        }
    }

    /** Prints each problem as "gpioint: warning: skipped FILE at offset 0x4: reason", one a line. */
    static void warn(List<FirmwareProblem> problems, PrintStream warnings) {
        for (FirmwareProblem problem : problems) {
            // AML that failed while the tables loaded is named by its ACPICA status; anything else was skipped.
            warnings.println("gpioint: warning: " + (problem.message().startsWith("AE_") ? "AML in " : "skipped ") + text(problem));
        }
        warnings.flush();
    }

    /** "FILE at LOCATION: reason", or "FILE: reason" when the whole file is at fault. */
    static String text(FirmwareProblem problem) {
        String where = problem.location().isEmpty() ? problem.source() : problem.source() + " at " + problem.location();
        return where + ": " + problem.message() + problem.excerpt().map(e -> "\n" + e).orElse("");
    }

    private static FirmwareFormat format(List<Path> files) {
        for (Path file : files) {
            if (!Files.isRegularFile(file) && !Files.isDirectory(file)) {
                throw new UserError(file + ": no such file");
            }
            if (!Files.isReadable(file)) {
                throw new UserError(file + ": not readable");
            }
        }
        var formats = new ArrayList<FirmwareFormat>();
        ServiceLoader.load(FirmwareFormat.class).forEach(formats::add);
        for (FirmwareFormat format : formats) {
            if (format.accepts(files)) {
                return format;
            }
        }
        throw new UserError("no firmware format reads " + files + " (known: "
                + formats.stream().map(FirmwareFormat::name).toList()
                + "; ASL boards end in .asl, tables in .aml or .dat, or give a directory of tables)");
    }
}
