package dev.gpioint.acpi.resource;

/**
 * FixedIO: a fixed range of 10-bit I/O ports (small item 0x09). Holds every field of the binary form, so that encoding a decoded descriptor gives the same bytes
 * (reserved bits and non-canonical offsets aside); field meanings and layout live in {@link DescriptorTables}.
 *
 */
public record FixedIoDescriptor(int base, int length) implements ResourceDescriptor {}
