package dev.gpioint.acpi.resource;

/**
 * Memory32: a relocatable 32-bit memory range (large item 0x05). Holds every field of the binary form, so that encoding a decoded descriptor gives the same bytes
 * (reserved bits and non-canonical offsets aside); field meanings and layout live in {@link DescriptorTables}.
 *
 * @param writeStatus 1 ReadWrite, 0 ReadOnly
 */
public record Memory32Descriptor(int writeStatus, long minimum, long maximum, long alignment, long length) implements ResourceDescriptor {}
