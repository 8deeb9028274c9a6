package dev.gpioint.cli;

import dev.gpioint.firmware.Firmware;
import dev.gpioint.firmware.FirmwareException;
import dev.gpioint.firmware.FirmwareFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/** Reads firmware files with whichever registered {@link FirmwareFormat} accepts them. */
final class FirmwareFiles {
    private FirmwareFiles() {
    }

    static Firmware load(List<Path> files) {
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
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
                try {
                    return format.source(files).load();
                } catch (FirmwareException e) {
                    throw new UserError(e.getMessage(), e);
                }
            }
        }
        throw new UserError("no firmware format reads " + files + " (known: "
                + formats.stream().map(FirmwareFormat::name).toList() + "; ASL boards end in .asl, tables in .aml or .dat)");
    }
}
