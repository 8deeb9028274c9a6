package dev.gpioint.acpi.resource;

import dev.gpioint.firmware.VendorData;

/**
 * PinGroupConfig (large item 0x12). Holds every field of the binary form, so that encoding a decoded descriptor gives the same bytes
 * (reserved bits and non-canonical offsets aside); field meanings and layout live in {@link DescriptorTables}.
 *
 */
public record PinGroupConfigDescriptor(int revisionId, int sharing, int usage, int configType, long configValue, int sourceIndex, String source, String sourceLabel, VendorData vendorData) implements ResourceDescriptor {
    public PinGroupConfigDescriptor {
        java.util.Objects.requireNonNull(source, "source");
        java.util.Objects.requireNonNull(sourceLabel, "sourceLabel");
        java.util.Objects.requireNonNull(vendorData, "vendorData");
    }
}
