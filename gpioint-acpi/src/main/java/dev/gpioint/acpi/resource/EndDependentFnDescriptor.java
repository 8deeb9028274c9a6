package dev.gpioint.acpi.resource;

/**
 * EndDependentFn: closes the dependent-function groups (small item 0x07). Holds every field of the binary form, so that encoding a decoded descriptor gives the same bytes
 * (reserved bits and non-canonical offsets aside); field meanings and layout live in {@link DescriptorTables}.
 *
 */
public record EndDependentFnDescriptor() implements ResourceDescriptor {}
