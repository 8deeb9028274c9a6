package dev.gpioint.acpi.interpreter;

import java.util.HexFormat;

/** How a value stored to {@code Debug} is shown: one line, in the style of acpiexec's debug output. */
final class DebugText {
    private DebugText() {
    }

    static String of(AmlValue v) {
        return switch (v) {
            case AmlValue.Integer i -> "[Integer] 0x" + Long.toHexString(i.value()).toUpperCase(java.util.Locale.ROOT);
            case AmlValue.Str s -> "[String] \"" + s.value() + "\"";
            case AmlValue.Buffer b -> "[Buffer] " + HexFormat.ofDelimiter(" ").withUpperCase().formatHex(b.data);
            case AmlValue.Package p -> "[Package] " + p.size() + " elements";
            default -> "[" + v.describe() + "]";
        };
    }
}
