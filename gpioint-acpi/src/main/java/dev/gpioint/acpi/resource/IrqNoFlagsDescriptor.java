package dev.gpioint.acpi.resource;

import java.util.List;

/**
 * IRQNoFlags: a legacy ISA interrupt, implicitly edge, active-high, exclusive (small item 0x04, 2 bytes). Holds every field of the binary form, so that encoding a decoded descriptor gives the same bytes
 * (reserved bits and non-canonical offsets aside); field meanings and layout live in {@link DescriptorTables}.
 *
 * @param irqs IRQ numbers 0-15, ascending
 */
public record IrqNoFlagsDescriptor(List<Integer> irqs) implements ResourceDescriptor {
    public IrqNoFlagsDescriptor {
        // A bit mask has no order and no repeats: keep the list the way decoding gives it back.
        irqs = irqs.stream().distinct().sorted().toList();
    }
}
