package dev.gpioint.acpi.resource;

import dev.gpioint.firmware.VendorData;
import java.util.List;

/**
 * PinConfig (large item 0x0F). Holds every field of the binary form, so that encoding a decoded descriptor gives the same bytes
 * (reserved bits and non-canonical offsets aside); field meanings and layout live in {@link DescriptorTables}.
 *
 * @param configType 0x00-0x0D standard types, 0x80-0xFF vendor
 */
public record PinConfigDescriptor(int revisionId, int sharing, int usage, int configType, long configValue, int sourceIndex, String source, List<Integer> pins, VendorData vendorData) implements ResourceDescriptor {
    public PinConfigDescriptor {
        java.util.Objects.requireNonNull(source, "source");
        pins = List.copyOf(pins);
        java.util.Objects.requireNonNull(vendorData, "vendorData");
    }
}
