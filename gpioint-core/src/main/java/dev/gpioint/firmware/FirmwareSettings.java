package dev.gpioint.firmware;

import java.util.List;
import java.util.Objects;

/**
 * What a user chooses about how firmware is evaluated, for the formats that run it (AML tables): which OS the
 * firmware is told it runs on, and what operation regions hold before any driver writes them (a board-ID
 * register, an EC byte), to see what the firmware gives another SKU. Formats that do not run firmware ignore it.
 *
 * @param operatingSystem "windows11" (the default: {@code _OSI} as Windows 11 answers) or "acpiexec"
 *                        (as ACPICA's acpiexec 20200925 answers, to compare results with it)
 * @param regions         region contents to preload, in order (a later one overwrites an earlier one)
 */
public record FirmwareSettings(String operatingSystem, List<RegionPreset> regions) {
    /** The settings nothing was chosen for. */
    public static final FirmwareSettings DEFAULT = new FirmwareSettings("windows11", List.of());

    public FirmwareSettings {
        Objects.requireNonNull(operatingSystem, "operatingSystem");
        if (!operatingSystem.equals("windows11") && !operatingSystem.equals("acpiexec")) {
            throw new IllegalArgumentException("unknown operating system '" + operatingSystem + "' (windows11 or acpiexec)");
        }
        regions = List.copyOf(regions);
    }

    /**
     * Bytes an operation-region space holds at an address before the firmware runs.
     *
     * @param space   the space's ASL name (SystemMemory, SystemIO, PCI_Config, EmbeddedControl, SystemCMOS...)
     * @param address the first byte's address in that space
     * @param bytes   the contents, from {@code address} up
     */
    public record RegionPreset(String space, long address, byte[] bytes) {
        public RegionPreset {
            Objects.requireNonNull(space, "space");
            bytes = bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }
    }
}
