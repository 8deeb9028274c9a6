package dev.gpioint.acpi.resource;

/**
 * One entry of a descriptor's binary layout, the vocabulary of {@link DescriptorTables}. Offsets count from
 * the descriptor's tag byte, as every offset field inside GPIO and pin descriptors does. Fixed-part fields
 * ({@link Const}, {@link Num}, {@link Bits}, {@link Mask}) sit at their offset; the others make up the
 * variable part and are laid out in declaration order after the fixed part.
 */
public sealed interface Field {

    /** A byte, word, dword or qword that always holds {@code value}; a discriminator tells same-tag kinds apart. */
    record Const(int offset, int width, long value, boolean discriminator) implements Field {
    }

    /**
     * An unsigned little-endian integer component that also tells kinds apart: a descriptor is of this kind only when
     * the value lies in {@code min..max} (the serial bus types ACPI leaves to vendors, 192-255).
     */
    record Ranged(String component, int offset, int width, long min, long max) implements Field {
    }

    /** An unsigned little-endian integer component. */
    record Num(String component, int offset, int width) implements Field {
    }

    /** {@code count} bits at {@code shift} inside the {@code width}-byte flags at {@code offset}. */
    record Bits(String component, int offset, int width, int shift, int count) implements Field {
    }

    /** A bit mask whose set bits are the component's list of small numbers (IRQ, DMA channel). */
    record Mask(String component, int offset, int width) implements Field {
    }

    /**
     * A table of 16-bit pins, found through the word at {@code offsetField}; it ends where the next
     * offset-addressed part starts.
     */
    record PinTable(String component, int offsetField) implements Field {
    }

    /** A NUL-terminated string found through the word at {@code offsetField}; it ends where the next part starts. */
    record OffsetString(String component, int offsetField) implements Field {
    }

    /** Vendor bytes found through the word at {@code offsetField}, counted by the word at {@code lengthField}. */
    record OffsetVendor(String component, int offsetField, int lengthField) implements Field {
    }

    /** A list whose length is the byte at {@code countOffset}, of {@code elementWidth}-byte numbers. */
    record CountedList(String component, int countOffset, int elementWidth) implements Field {
    }

    /** The optional ResourceSourceIndex byte and namepath that fill the rest of the descriptor. */
    record OptionalSource(String component) implements Field {
    }

    /**
     * Serial bus vendor data: the word at {@code lengthField} counts the type-specific data including the
     * vendor bytes; {@code minimumTypeLength} of them are the type's own fields.
     */
    record SerialVendor(String component, int lengthField, int minimumTypeLength) implements Field {
    }

    /** A NUL-terminated string filling the rest of the descriptor. */
    record TrailingString(String component) implements Field {
    }

    /** Raw bytes filling the rest of the descriptor. */
    record RawBytes(String component) implements Field {
    }

    /** The component this field fills, or "" for a constant. */
    default String component() {
        return switch (this) {
            case Const c -> "";
            case Num f -> f.component();
            case Ranged f -> f.component();
            case Bits f -> f.component();
            case Mask f -> f.component();
            case PinTable f -> f.component();
            case OffsetString f -> f.component();
            case OffsetVendor f -> f.component();
            case CountedList f -> f.component();
            case OptionalSource f -> f.component();
            case SerialVendor f -> f.component();
            case TrailingString f -> f.component();
            case RawBytes f -> f.component();
        };
    }
}
