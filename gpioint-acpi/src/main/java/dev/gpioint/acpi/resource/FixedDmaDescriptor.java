package dev.gpioint.acpi.resource;

/**
 * FixedDMA: a fixed DMA request line and channel (small item 0x0A). Holds every field of the binary form, so that encoding a decoded descriptor gives the same bytes
 * (reserved bits and non-canonical offsets aside); field meanings and layout live in {@link DescriptorTables}.
 *
 * @param width 0 Width8bit ... 5 Width256bit
 */
public record FixedDmaDescriptor(int requestLine, int channel, int width) implements ResourceDescriptor {}
