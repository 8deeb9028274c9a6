package dev.gpioint.acpi.resource;

import dev.gpioint.firmware.VendorData;

/** A macro argument as the ASL parser read it, before the table gives it a meaning. */
public sealed interface AslValue {
    /** A bare word: a keyword or a DescriptorName. */
    record Word(String text) implements AslValue {
    }

    /** An integer constant. */
    record Int(long value) implements AslValue {
    }

    /** A string literal, escapes already resolved. */
    record Text(String value) implements AslValue {
    }

    /** A {@code RawDataBuffer (n) {bytes}}. */
    record Raw(VendorData bytes) implements AslValue {
    }
}
