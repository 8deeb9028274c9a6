package dev.gpioint.acpi.resource;

import dev.gpioint.firmware.VendorData;
import java.util.List;

/**
 * PinGroup (large item 0x10). Holds every field of the binary form, so that encoding a decoded descriptor gives the same bytes
 * (reserved bits and non-canonical offsets aside); field meanings and layout live in {@link DescriptorTables}.
 *
 * @param usage 0 ResourceProducer (the ASL default), 1 ResourceConsumer
 */
public record PinGroupDescriptor(int revisionId, int usage, String label, List<Integer> pins, VendorData vendorData) implements ResourceDescriptor {
    public PinGroupDescriptor {
        java.util.Objects.requireNonNull(label, "label");
        pins = List.copyOf(pins);
        java.util.Objects.requireNonNull(vendorData, "vendorData");
    }
}
