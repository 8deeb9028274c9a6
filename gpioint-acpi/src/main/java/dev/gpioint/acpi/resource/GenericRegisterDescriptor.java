package dev.gpioint.acpi.resource;

/**
 * Register: a generic register address (large item 0x02). Holds every field of the binary form, so that encoding a decoded descriptor gives the same bytes
 * (reserved bits and non-canonical offsets aside); field meanings and layout live in {@link DescriptorTables}.
 *
 * @param addressSpace address space ID (0 SystemMemory, 1 SystemIO, ..., 0x7F FFixedHW)
 */
public record GenericRegisterDescriptor(int addressSpace, int bitWidth, int bitOffset, int accessSize, long address) implements ResourceDescriptor {}
