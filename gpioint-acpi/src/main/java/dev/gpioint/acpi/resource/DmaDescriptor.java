package dev.gpioint.acpi.resource;

import java.util.List;

/**
 * DMA: a legacy ISA DMA channel mask (small item 0x05). Holds every field of the binary form, so that encoding a decoded descriptor gives the same bytes
 * (reserved bits and non-canonical offsets aside); field meanings and layout live in {@link DescriptorTables}.
 *
 * @param channels channel numbers 0-7, ascending
 * @param type 0 Compatibility, 1 TypeA, 2 TypeB, 3 TypeF
 * @param busMaster 1 BusMaster, 0 NotBusMaster
 * @param transferSize 0 Transfer8, 1 Transfer8_16, 2 Transfer16
 */
public record DmaDescriptor(List<Integer> channels, int type, int busMaster, int transferSize) implements ResourceDescriptor {
    public DmaDescriptor {
        // A bit mask has no order and no repeats: keep the list the way decoding gives it back.
        channels = channels.stream().distinct().sorted().toList();
    }
}
