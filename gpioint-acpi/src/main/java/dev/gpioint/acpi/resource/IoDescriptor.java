package dev.gpioint.acpi.resource;

/**
 * IO: a relocatable range of I/O ports (small item 0x08). Holds every field of the binary form, so that encoding a decoded descriptor gives the same bytes
 * (reserved bits and non-canonical offsets aside); field meanings and layout live in {@link DescriptorTables}.
 *
 * @param decode 1 Decode16, 0 Decode10
 */
public record IoDescriptor(int decode, int minimum, int maximum, int alignment, int length) implements ResourceDescriptor {}
