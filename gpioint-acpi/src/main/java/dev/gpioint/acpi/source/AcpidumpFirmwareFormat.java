package dev.gpioint.acpi.source;

import dev.gpioint.acpi.aml.AcpidumpText;
import dev.gpioint.acpi.aml.TableBatch;
import dev.gpioint.firmware.FirmwareException;
import dev.gpioint.firmware.FirmwareFormat;
import dev.gpioint.firmware.FirmwareProblem;
import dev.gpioint.firmware.FirmwareSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Firmware from the hex text acpidump prints (what acpixtract reads); its DSDT and SSDTs define the devices, and
 * its other tables (RSDP, FACS, FACP, APIC, ...) are checked and kept out of the namespace. A broken table block
 * is skipped and reported in {@link dev.gpioint.firmware.Firmware#problems()}; loading fails only when no DSDT
 * or SSDT is left.
 */
public final class AcpidumpFirmwareFormat implements FirmwareFormat {
    private final dev.gpioint.acpi.interpreter.AmlOptions options;

    /** Evaluates as Windows 11 does, with zero-filled regions. */
    public AcpidumpFirmwareFormat() {
        this(dev.gpioint.acpi.interpreter.AmlOptions.windows11());
    }

    private AcpidumpFirmwareFormat(dev.gpioint.acpi.interpreter.AmlOptions options) {
        this.options = options;
    }

    @Override
    public FirmwareFormat with(dev.gpioint.firmware.FirmwareSettings settings) {
        return new AcpidumpFirmwareFormat(SettingsOptions.of(settings));
    }

    @Override
    public String name() {
        return "acpidump";
    }

    /** One file whose first lines carry an acpidump table header; the name does not matter. */
    @Override
    public boolean accepts(List<Path> files) {
        if (files.size() != 1 || !Files.isRegularFile(files.getFirst())) {
            return false;
        }
        try (InputStream in = Files.newInputStream(files.getFirst())) {
            return AcpidumpText.looksLikeAcpidump(new String(in.readNBytes(4096), StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public FirmwareSource source(List<Path> files) {
        List<Path> copy = List.copyOf(files);
        return () -> {
            if (copy.size() != 1) {
                throw new FirmwareException(FirmwareProblem.of(copy.toString(), "the acpidump format reads exactly one file"));
            }
            Path file = copy.getFirst();
            TableBatch batch;
            try {
                batch = AcpidumpText.readAll(Files.readString(file, StandardCharsets.ISO_8859_1), file.toString());
            } catch (IOException e) {
                throw new FirmwareException(FirmwareProblem.of(file.toString(), "cannot read the file: " + e.getMessage()));
            }
            return TableFiles.firmware(file.toString(), batch.tables(),
                    batch.problems().stream().map(TableProblems::of).toList(), options);
        };
    }
}
