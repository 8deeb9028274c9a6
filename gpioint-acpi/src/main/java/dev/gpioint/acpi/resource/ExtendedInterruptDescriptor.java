package dev.gpioint.acpi.resource;

import java.util.List;
import java.util.Optional;

/**
 * Interrupt: extended interrupt descriptor with 32-bit interrupt numbers (large item 0x09). Holds every field of the binary form, so that encoding a decoded descriptor gives the same bytes
 * (reserved bits and non-canonical offsets aside); field meanings and layout live in {@link DescriptorTables}.
 *
 * @param usage 1 ResourceConsumer, 0 ResourceProducer
 * @param mode 0 Level, 1 Edge
 * @param polarity 0 ActiveHigh, 1 ActiveLow (one bit in the binary form)
 * @param sharing 0 Exclusive, 1 Shared, 2 ExclusiveAndWake, 3 SharedAndWake
 * @param interrupts interrupt numbers (GSIVs) in firmware order
 * @param source optional ResourceSourceIndex and ResourceSource naming a secondary controller
 */
public record ExtendedInterruptDescriptor(int usage, int mode, int polarity, int sharing, List<Long> interrupts, Optional<ResourceSource> source) implements ResourceDescriptor {
    public ExtendedInterruptDescriptor {
        interrupts = List.copyOf(interrupts);
        java.util.Objects.requireNonNull(source, "source");
    }
}
