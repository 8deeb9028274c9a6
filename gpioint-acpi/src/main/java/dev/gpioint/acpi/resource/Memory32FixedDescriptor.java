package dev.gpioint.acpi.resource;

/**
 * Memory32Fixed: a fixed 32-bit memory range (large item 0x06). Holds every field of the binary form, so that encoding a decoded descriptor gives the same bytes
 * (reserved bits and non-canonical offsets aside); field meanings and layout live in {@link DescriptorTables}.
 *
 * @param writeStatus 1 ReadWrite, 0 ReadOnly
 */
public record Memory32FixedDescriptor(int writeStatus, long base, long length) implements ResourceDescriptor {}
