package dev.gpioint.acpi.resource;

import dev.gpioint.firmware.VendorData;

/**
 * VendorShort: up to 7 vendor-defined bytes (small item 0x0E). Holds every field of the binary form, so that encoding a decoded descriptor gives the same bytes
 * (reserved bits and non-canonical offsets aside); field meanings and layout live in {@link DescriptorTables}.
 *
 */
public record VendorShortDescriptor(VendorData data) implements ResourceDescriptor {
    public VendorShortDescriptor {
        java.util.Objects.requireNonNull(data, "data");
    }
}
