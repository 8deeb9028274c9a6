package dev.gpioint.acpi.source;

import dev.gpioint.firmware.Firmware;
import dev.gpioint.firmware.FirmwareException;
import dev.gpioint.firmware.FirmwareFormat;
import dev.gpioint.firmware.FirmwareProblem;
import dev.gpioint.firmware.FirmwareSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Firmware from binary ACPI tables ({@code .aml} as iasl writes them, {@code .dat} as acpixtract does, or any
 * file that starts like a table) and from directories of them: one DSDT and any number of SSDTs, loaded DSDT
 * first; the other tables (FACP, APIC, FACS, RSDP, ...) are checked and kept out of the namespace. A table that
 * is corrupt, a duplicate or a second DSDT is skipped and reported in {@link Firmware#problems()}; loading
 * fails only when no DSDT or SSDT is left. {@link #machines} splits files from several machines.
 */
public final class AmlFirmwareFormat implements FirmwareFormat {
    private final dev.gpioint.acpi.interpreter.AmlOptions options;

    /** Evaluates as Windows 11 does, with zero-filled regions. */
    public AmlFirmwareFormat() {
        this(dev.gpioint.acpi.interpreter.AmlOptions.windows11());
    }

    private AmlFirmwareFormat(dev.gpioint.acpi.interpreter.AmlOptions options) {
        this.options = options;
    }

    @Override
    public FirmwareFormat with(dev.gpioint.firmware.FirmwareSettings settings) {
        return new AmlFirmwareFormat(SettingsOptions.of(settings));
    }

    @Override
    public String name() {
        return "aml";
    }

    /**
     * Directories, files named {@code .aml} or {@code .dat}, and files that start like a binary table (e.g.
     * {@code .bin}, or no extension).
     */
    @Override
    public boolean accepts(List<Path> files) {
        return !files.isEmpty() && files.stream().allMatch(f -> {
            if (Files.isDirectory(f)) {
                return true;
            }
            String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
            return name.endsWith(".aml") || name.endsWith(".dat") || TableFileKind.of(f) == TableFileKind.BINARY;
        });
    }

    @Override
    public FirmwareSource source(List<Path> files) {
        List<Path> copy = List.copyOf(files);
        return () -> {
            TableInput input = TableFileReader.read(copy);
            return TableFiles.firmware(origin(copy), input.tables(), input.skipped(), options);
        };
    }

    /**
     * One source per machine (see {@link TableMachines}): all the files when at most one DSDT is among them,
     * else the files grouped by directory and name prefix. Directory entries that are not tables are reported
     * with the first machine.
     */
    @Override
    public List<FirmwareSource> machines(List<Path> files) {
        TableMachines.Split split = TableMachines.split(files);
        if (split.machines().size() <= 1) {
            return List.of(source(files));
        }
        var sources = new ArrayList<FirmwareSource>();
        for (List<Path> machine : split.machines()) {
            FirmwareSource source = source(machine);
            List<FirmwareProblem> ignored = sources.isEmpty() ? split.ignored() : List.of();
            sources.add(() -> withIgnored(source, ignored));
        }
        return sources;
    }

    private static Firmware withIgnored(FirmwareSource source, List<FirmwareProblem> ignored) throws FirmwareException {
        try {
            return source.load().withProblems(ignored);
        } catch (FirmwareException e) {
            var all = new ArrayList<>(ignored);
            all.addAll(e.problems());
            throw new FirmwareException(all);
        }
    }

    private static String origin(List<Path> files) {
        return files.stream().map(Path::toString).collect(Collectors.joining(", "));
    }
}
