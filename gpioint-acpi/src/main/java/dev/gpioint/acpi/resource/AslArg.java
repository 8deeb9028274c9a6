package dev.gpioint.acpi.resource;

import java.util.OptionalLong;

/**
 * One argument of an ASL resource macro, in the order the macro takes them, and how it maps onto a record
 * component. An empty default means iasl requires the argument.
 */
public sealed interface AslArg {

    /** A keyword argument; {@code bits > 0} places it in {@code bits} bits at {@code shift} of a shared component. */
    record Keyword(String component, Keywords keywords, int shift, int bits, OptionalLong defaultValue) implements AslArg {
    }

    /** An integer argument that must fit {@code maxValue}. */
    record Number(String component, long maxValue, OptionalLong defaultValue) implements AslArg {
    }

    /** A required string argument (a ResourceSource or a label). */
    record Text(String component) implements AslArg {
    }

    /** The ResourceSourceIndex of an optional {@link ResourceSource} component. */
    record SourceIndex(String component) implements AslArg {
    }

    /** The ResourceSource namepath of an optional {@link ResourceSource} component; it needs the index. */
    record SourcePath(String component) implements AslArg {
    }

    /** A keyword argument iasl accepts and ignores (PinFunction's ResourceUsage); it is printed blank. */
    record Ignored(Keywords keywords) implements AslArg {
    }

    /** The DescriptorName argument: it names fields for the ASL program and adds no bytes. */
    record DescriptorName() implements AslArg {
    }

    /** The optional VendorData argument, {@code RawDataBuffer (n) {bytes}}. */
    record Vendor(String component) implements AslArg {
    }

    /** The braced list after the argument list. */
    record Braces(String component, Kind kind, long maxValue, int minCount, int maxCount) implements AslArg {
        /** What the braces hold. */
        public enum Kind {
            /** Integers kept as {@code List<Integer>}. */
            INTS,
            /** Integers kept as {@code List<Long>}. */
            LONGS,
            /** Bytes kept as vendor data. */
            BYTES
        }
    }

    /** The component this argument fills, or "" for the descriptor name. */
    default String component() {
        return switch (this) {
            case Keyword a -> a.component();
            case Number a -> a.component();
            case Text a -> a.component();
            case SourceIndex a -> a.component();
            case SourcePath a -> a.component();
            case DescriptorName a -> "";
            case Ignored a -> "";
            case Vendor a -> a.component();
            case Braces a -> a.component();
        };
    }

    /** True when iasl rejects the macro without this argument. */
    default boolean required() {
        return switch (this) {
            case Keyword a -> a.defaultValue().isEmpty();
            case Number a -> a.defaultValue().isEmpty();
            case Text a -> true;
            case SourceIndex a -> false;
            case SourcePath a -> false;
            case DescriptorName a -> false;
            case Ignored a -> false;
            case Vendor a -> false;
            case Braces a -> a.minCount() > 0;
        };
    }
}
