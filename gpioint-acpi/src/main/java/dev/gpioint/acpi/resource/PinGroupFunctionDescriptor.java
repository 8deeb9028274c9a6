package dev.gpioint.acpi.resource;

import dev.gpioint.firmware.VendorData;

/**
 * PinGroupFunction (large item 0x11). Holds every field of the binary form, so that encoding a decoded descriptor gives the same bytes
 * (reserved bits and non-canonical offsets aside); field meanings and layout live in {@link DescriptorTables}.
 *
 */
public record PinGroupFunctionDescriptor(int revisionId, int sharing, int usage, int functionNumber, int sourceIndex, String source, String sourceLabel, VendorData vendorData) implements ResourceDescriptor {
    public PinGroupFunctionDescriptor {
        java.util.Objects.requireNonNull(source, "source");
        java.util.Objects.requireNonNull(sourceLabel, "sourceLabel");
        java.util.Objects.requireNonNull(vendorData, "vendorData");
    }
}
