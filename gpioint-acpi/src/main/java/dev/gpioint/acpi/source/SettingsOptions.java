package dev.gpioint.acpi.source;

import dev.gpioint.acpi.interpreter.AcpiexecRegions;
import dev.gpioint.acpi.interpreter.AmlOptions;
import dev.gpioint.acpi.interpreter.RegionSpace;
import dev.gpioint.acpi.interpreter.SimulatedRegions;
import dev.gpioint.firmware.FirmwareSettings;

/**
 * The interpreter options a user's {@link FirmwareSettings} stand for: Windows 11's or acpiexec's answers, and
 * the region contents preloaded into the simulated spaces. Stateless.
 */
final class SettingsOptions {
    private SettingsOptions() {
    }

    /** The options; IllegalArgumentException naming an unknown region space. */
    static AmlOptions of(FirmwareSettings settings) {
        if (settings.operatingSystem().equals("acpiexec")) {
            var regions = new AcpiexecRegions();
            settings.regions().forEach(r -> regions.preload(RegionSpace.id(r.space()), r.address(), r.bytes()));
            return AmlOptions.acpica().withAllSpaces(regions);
        }
        var regions = new SimulatedRegions();
        settings.regions().forEach(r -> regions.preload(RegionSpace.id(r.space()), r.address(), r.bytes()));
        return AmlOptions.windows11().withAllSpaces(regions);
    }
}
