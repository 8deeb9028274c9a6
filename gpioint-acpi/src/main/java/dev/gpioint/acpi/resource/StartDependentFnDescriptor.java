package dev.gpioint.acpi.resource;

/**
 * StartDependentFn: opens a dependent-function group with priorities (small item 0x06, 1 byte). Holds every field of the binary form, so that encoding a decoded descriptor gives the same bytes
 * (reserved bits and non-canonical offsets aside); field meanings and layout live in {@link DescriptorTables}.
 *
 * @param compatibility compatibility priority 0-2
 * @param performance performance/robustness priority 0-2
 */
public record StartDependentFnDescriptor(int compatibility, int performance) implements ResourceDescriptor {}
