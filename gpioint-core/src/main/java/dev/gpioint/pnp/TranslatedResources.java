package dev.gpioint.pnp;

import dev.gpioint.firmware.FirmwareResource;
import dev.gpioint.resource.ResourceList;
import java.util.List;

/**
 * A device's raw and translated lists and, at the same index, the firmware resource each came from.
 *
 * @param raw        bus-relative values
 * @param translated system-assigned values
 * @param sources    the firmware descriptor behind each entry
 */
public record TranslatedResources(ResourceList raw, ResourceList translated, List<FirmwareResource> sources) {
    public TranslatedResources {
        sources = List.copyOf(sources);
        if (raw.size() != translated.size() || raw.size() != sources.size()) {
            throw new IllegalArgumentException("raw, translated and sources differ in length");
        }
    }

    static TranslatedResources none() {
        return new TranslatedResources(ResourceList.empty(), ResourceList.empty(), List.of());
    }
}
