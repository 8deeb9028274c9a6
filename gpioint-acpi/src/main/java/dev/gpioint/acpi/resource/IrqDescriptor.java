package dev.gpioint.acpi.resource;

import java.util.List;

/**
 * IRQ: a legacy ISA interrupt with flags (small item 0x04, 3 bytes). Holds every field of the binary form, so that encoding a decoded descriptor gives the same bytes
 * (reserved bits and non-canonical offsets aside); field meanings and layout live in {@link DescriptorTables}.
 *
 * @param irqs IRQ numbers 0-15, ascending (the mask keeps no order)
 * @param mode 0 Level, 1 Edge ({@code _HE})
 * @param polarity 0 ActiveHigh, 1 ActiveLow ({@code _LL})
 * @param sharing 0 Exclusive, 1 Shared, 2 ExclusiveAndWake, 3 SharedAndWake ({@code _SHR} and wake)
 */
public record IrqDescriptor(List<Integer> irqs, int mode, int polarity, int sharing) implements ResourceDescriptor {
    public IrqDescriptor {
        // A bit mask has no order and no repeats: keep the list the way decoding gives it back.
        irqs = irqs.stream().distinct().sorted().toList();
    }
}
