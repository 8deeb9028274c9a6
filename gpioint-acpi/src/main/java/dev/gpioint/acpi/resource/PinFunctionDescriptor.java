package dev.gpioint.acpi.resource;

import dev.gpioint.firmware.VendorData;
import java.util.List;

/**
 * PinFunction (large item 0x0D). Holds every field of the binary form, so that encoding a decoded descriptor gives the same bytes
 * (reserved bits and non-canonical offsets aside); field meanings and layout live in {@link DescriptorTables}.
 *
 * @param sharing 0 Exclusive, 1 Shared (the descriptor has no consumer/producer bit)
 */
public record PinFunctionDescriptor(int revisionId, int sharing, int pinConfig, int functionNumber, int sourceIndex, String source, List<Integer> pins, VendorData vendorData) implements ResourceDescriptor {
    public PinFunctionDescriptor {
        java.util.Objects.requireNonNull(source, "source");
        pins = List.copyOf(pins);
        java.util.Objects.requireNonNull(vendorData, "vendorData");
    }
}
