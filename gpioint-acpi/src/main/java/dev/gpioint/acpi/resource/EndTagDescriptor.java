package dev.gpioint.acpi.resource;

/**
 * EndTag: terminates a resource template (small item 0x0F); iasl writes checksum 0. Holds every field of the binary form, so that encoding a decoded descriptor gives the same bytes
 * (reserved bits and non-canonical offsets aside); field meanings and layout live in {@link DescriptorTables}.
 *
 * @param checksum the checksum byte as found (ACPICA ignores it)
 */
public record EndTagDescriptor(int checksum) implements ResourceDescriptor {}
