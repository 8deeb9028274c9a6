package dev.gpioint.acpi.resource;

/**
 * StartDependentFnNoPri: opens a dependent-function group without priority byte (small item 0x06, 0 bytes). Holds every field of the binary form, so that encoding a decoded descriptor gives the same bytes
 * (reserved bits and non-canonical offsets aside); field meanings and layout live in {@link DescriptorTables}.
 *
 */
public record StartDependentFnNoPriDescriptor() implements ResourceDescriptor {}
