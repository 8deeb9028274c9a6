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

    /** Files named {@code .aml} or {@code .dat}, or any files that start like a binary DSDT or SSDT (e.g. {@code .bin}). */
    @Override
    public boolean accepts(List<Path> files) {
        return !files.isEmpty() && files.stream().allMatch(f -> {
            String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
            return name.endsWith(".aml") || name.endsWith(".dat") || startsLikeATable(f);
        });
    }

    /**
     * A DSDT or SSDT signature followed by a length that fits the file; acpidump text starting with
     * "DSDT @ 0x" fails the length test.
     */
    private static boolean startsLikeATable(Path file) {
        try (var in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(8);
            if (head.length < 8) {
                return false;
            }
            String signature = new String(head, 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
            long length = (head[4] & 0xFFL) | (head[5] & 0xFFL) << 8 | (head[6] & 0xFFL) << 16 | (head[7] & 0xFFL) << 24;
            return (signature.equals("DSDT") || signature.equals("SSDT")) && length >= AcpiTable.HEADER_LENGTH
                    && length <= Files.size(file);
        } catch (IOException e) {
            return false;
        }
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
