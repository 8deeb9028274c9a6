package dev.gpioint.acpi.resource;

import java.util.Optional;

/**
 * QWordMemory / QWordIO / QWordSpace: a 64-bit address space descriptor (large item 0x0A). Holds every field of the binary form, so that encoding a decoded descriptor gives the same bytes
 * (reserved bits and non-canonical offsets aside); field meanings and layout live in {@link DescriptorTables}.
 *
 * @param resourceType 0 memory, 1 I/O, 2 bus number, 0xC0-0xFF vendor
 * @param usage 1 ResourceConsumer, 0 ResourceProducer
 * @param decode 0 PosDecode, 1 SubDecode
 * @param minFixed 1 MinFixed
 * @param maxFixed 1 MaxFixed
 * @param typeSpecificFlags the raw type-specific flags byte (memory: RW, cacheability, range type, translation; I/O: ranges, translation)
 */
public record QWordAddressDescriptor(int resourceType, int usage, int decode, int minFixed, int maxFixed, int typeSpecificFlags, long granularity, long minimum, long maximum, long translation, long length, Optional<ResourceSource> source) implements ResourceDescriptor {
    public QWordAddressDescriptor {
        java.util.Objects.requireNonNull(source, "source");
    }
}
