package dev.gpioint.acpi.source;

import dev.gpioint.acpi.aml.AcpiTable;
import dev.gpioint.acpi.aml.AcpiTableException;
import dev.gpioint.firmware.FirmwareException;
import dev.gpioint.firmware.FirmwareFormat;
import dev.gpioint.firmware.FirmwareProblem;
import dev.gpioint.firmware.FirmwareSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Firmware from binary ACPI tables ({@code .aml} as iasl writes them, {@code .dat} as acpixtract does): one DSDT
 * and any number of SSDTs, loaded DSDT first. Each table's header, length and checksum are checked.
 */
public final class AmlFirmwareFormat implements FirmwareFormat {
    @Override
    public String name() {
        return "aml";
    }

    @Override
    public boolean accepts(List<Path> files) {
        return !files.isEmpty() && files.stream().allMatch(f -> {
            String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
            return name.endsWith(".aml") || name.endsWith(".dat");
        });
    }

    @Override
    public FirmwareSource source(List<Path> files) {
        List<Path> copy = List.copyOf(files);
        return () -> {
            var tables = new ArrayList<AcpiTable>();
            var problems = new ArrayList<FirmwareProblem>();
            for (Path file : copy) {
                try {
                    tables.add(AcpiTable.read(Files.readAllBytes(file), file.toString()));
                } catch (IOException e) {
                    problems.add(FirmwareProblem.of(file.toString(), "cannot read the file: " + e.getMessage()));
                } catch (AcpiTableException e) {
                    problems.addAll(TableFiles.problem(e).problems());
                }
            }
            if (!problems.isEmpty()) {
                throw new FirmwareException(problems);
            }
            return TableFiles.firmware(copy.stream().map(Path::toString).collect(Collectors.joining(", ")), tables);
        };
    }
}
