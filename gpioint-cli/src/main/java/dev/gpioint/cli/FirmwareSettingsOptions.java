package dev.gpioint.cli;

import dev.gpioint.firmware.FirmwareSettings;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * The options of every command that reads firmware about how the firmware is evaluated: {@code --os} (what
 * {@code _OSI} answers) and {@code --region SPACE:ADDRESS=HEX} (what a region holds before the firmware runs,
 * to see what another SKU's board-ID register or EC byte gives).
 */
final class FirmwareSettingsOptions {
    @Option(names = "--os", paramLabel = "windows11|acpiexec", defaultValue = "windows11",
            description = "Which OS the firmware is told it runs on: windows11 (default) or acpiexec (ACPICA 20200925's answers, "
                    + "to compare with acpiexec).")
    String operatingSystem;

    @Option(names = "--region", paramLabel = "SPACE:ADDRESS=HEX",
            description = "Preload region contents before the firmware runs, e.g. SystemMemory:0x1F000=0A2B "
                    + "(bytes from the address up); repeatable.")
    List<String> regions = new ArrayList<>();

    /** The settings given, or a UserError saying which option is malformed. */
    FirmwareSettings settings() {
        var presets = new ArrayList<FirmwareSettings.RegionPreset>();
        for (String region : regions) {
            presets.add(preset(region));
        }
        try {
            return new FirmwareSettings(operatingSystem.toLowerCase(Locale.ROOT), presets);
        } catch (IllegalArgumentException e) {
            throw new UserError("--os: " + e.getMessage());
        }
    }

    private static FirmwareSettings.RegionPreset preset(String text) {
        int colon = text.indexOf(':');
        int equals = text.indexOf('=');
        if (colon <= 0 || equals < colon + 2 || equals == text.length() - 1) {
            throw new UserError("--region " + text + ": expected SPACE:ADDRESS=HEX, e.g. SystemMemory:0x1F000=0A2B");
        }
        String address = text.substring(colon + 1, equals).strip();
        String hex = text.substring(equals + 1).strip().replace(" ", "");
        try {
            long at = address.toLowerCase(Locale.ROOT).startsWith("0x") ? Long.parseUnsignedLong(address.substring(2), 16)
                    : Long.parseUnsignedLong(address);
            return new FirmwareSettings.RegionPreset(text.substring(0, colon).strip(), at, HexFormat.of().parseHex(hex));
        } catch (IllegalArgumentException e) {
            throw new UserError("--region " + text + ": " + e.getMessage());
        }
    }
}
