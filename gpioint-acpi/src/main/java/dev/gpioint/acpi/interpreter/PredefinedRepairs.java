package dev.gpioint.acpi.interpreter;

import java.util.Locale;

/**
 * The repairs an OS makes to what predefined methods return, so that a caller gets a usable value from firmware
 * with common slips (ACPICA's "predefined name repair", which {@code acpiexec} reports as it applies them):
 * a {@code _CRS} or {@code _PRS} that returns nothing yields an empty resource template, and a {@code _HID}
 * or {@code _CID} string is upper-cased, as device IDs are matched without regard to case.
 */
final class PredefinedRepairs {
    private PredefinedRepairs() {
    }

    static AmlValue repair(String segment, AmlValue value) {
        return switch (segment) {
            case "_CRS", "_PRS" -> value == AmlValue.Uninitialized.INSTANCE ? new AmlValue.Buffer(new byte[] {0x79, 0x00}) : value;
            case "_HID", "_CID" -> upper(value);
            default -> value;
        };
    }

    private static AmlValue upper(AmlValue value) {
        if (value instanceof AmlValue.Str s) {
            return new AmlValue.Str(s.value().toUpperCase(Locale.ROOT));
        }
        if (value instanceof AmlValue.Package p) {
            for (int i = 0; i < p.size(); i++) {
                p.elements[i] = upper(p.elements[i]);
            }
        }
        return value;
    }
}
