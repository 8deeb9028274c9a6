package dev.gpioint.acpi.source;

import dev.gpioint.acpi.asl.AslCompiler;
import dev.gpioint.firmware.FirmwareException;
import dev.gpioint.firmware.FirmwareFormat;
import dev.gpioint.firmware.FirmwareProblem;
import dev.gpioint.firmware.FirmwareSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Firmware from one ASL board description ({@code .asl}, or {@code .dsl} as iasl -d writes it). */
public final class AslFirmwareFormat implements FirmwareFormat {
    @Override
    public String name() {
        return "asl";
    }

    @Override
    public boolean accepts(List<Path> files) {
        if (files.size() != 1) {
            return false;
        }
        String name = files.getFirst().getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".asl") || name.endsWith(".dsl");
    }

    @Override
    public FirmwareSource source(List<Path> files) {
        List<Path> copy = List.copyOf(files);
        return () -> {
            if (copy.size() != 1) {
                throw new FirmwareException(FirmwareProblem.of(copy.toString(), "the asl format reads exactly one file"));
            }
            Path file = copy.getFirst();
            String text;
            try {
                // ASL is ASCII; ISO-8859-1 reads any byte without failing, so odd bytes reach the parser's messages.
                text = Files.readString(file, StandardCharsets.ISO_8859_1);
            } catch (IOException e) {
                throw new FirmwareException(FirmwareProblem.of(file.toString(), "cannot read the file: " + e.getMessage()));
            }
            return AslCompiler.compile(file.toString(), text);
        };
    }
}
