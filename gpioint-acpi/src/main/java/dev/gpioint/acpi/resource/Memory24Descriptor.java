package dev.gpioint.acpi.resource;

/**
 * Memory24: a 24-bit memory range in 256-byte units (large item 0x01). Holds every field of the binary form, so that encoding a decoded descriptor gives the same bytes
 * (reserved bits and non-canonical offsets aside); field meanings and layout live in {@link DescriptorTables}.
 *
 * @param writeStatus 1 ReadWrite, 0 ReadOnly
 */
public record Memory24Descriptor(int writeStatus, int minimum, int maximum, int alignment, int length) implements ResourceDescriptor {}
