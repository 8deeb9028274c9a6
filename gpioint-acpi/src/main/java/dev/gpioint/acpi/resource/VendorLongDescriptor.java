package dev.gpioint.acpi.resource;

import dev.gpioint.firmware.VendorData;

/**
 * VendorLong: vendor-defined bytes (large item 0x04). Holds every field of the binary form, so that encoding a decoded descriptor gives the same bytes
 * (reserved bits and non-canonical offsets aside); field meanings and layout live in {@link DescriptorTables}.
 *
 */
public record VendorLongDescriptor(VendorData data) implements ResourceDescriptor {
    public VendorLongDescriptor {
        java.util.Objects.requireNonNull(data, "data");
    }
}
