package dev.gpioint.acpi.interpreter;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The data conversions of ACPI 6.5 section 19.3.5, implicit (an operator wants another type) and explicit
 * ({@code ToInteger}, {@code ToHexString}...), with the edge cases as ACPICA's {@code acpiexec} shows them:
 * an implicit String-to-Integer reads hex (leading blanks and a {@code 0x} are skipped, reading stops at the
 * first non-hex character and before a digit that would overflow); an explicit one reads decimal or
 * {@code 0x}-prefixed hex; a String becomes a Buffer with its terminating NUL; an empty Buffer has no Integer
 * value (AE_AML_BUFFER_LIMIT). Stateless apart from the integer width.
 */
final class Conversions {
    private final boolean narrow;

    /** @param narrow true for 32-bit integers (a DSDT revision below 2) */
    Conversions(boolean narrow) {
        this.narrow = narrow;
    }

    /** The integer width in bytes. */
    int integerBytes() {
        return narrow ? 4 : 8;
    }

    /** {@code value} cut to the integer width. */
    long fit(long value) {
        return narrow ? value & 0xFFFF_FFFFL : value;
    }

    /** The all-ones integer (logical true). */
    long ones() {
        return narrow ? 0xFFFF_FFFFL : -1L;
    }

    /** An Integer value for an operator that needs one (implicit conversion). */
    long toInteger(AmlValue v) {
        return switch (v) {
            case AmlValue.Integer i -> i.value();
            case AmlValue.Str s -> parseHex(s.value());
            case AmlValue.Buffer b -> bufferToInteger(b.data);
            default -> throw new AmlFault(AmlStatus.AE_AML_OPERAND_TYPE, "expected an Integer, found " + v.describe());
        };
    }

    /** {@code ToInteger}: decimal or 0x-prefixed hex strings, little-endian buffers. */
    long explicitInteger(AmlValue v) {
        return switch (v) {
            case AmlValue.Integer i -> i.value();
            case AmlValue.Str s -> parseExplicit(s.value());
            case AmlValue.Buffer b -> bufferToInteger(b.data);
            default -> throw new AmlFault(AmlStatus.AE_AML_OPERAND_TYPE, "ToInteger of " + v.describe());
        };
    }

    private long bufferToInteger(byte[] data) {
        if (data.length == 0) {
            throw new AmlFault(AmlStatus.AE_AML_BUFFER_LIMIT, "an empty Buffer has no Integer value");
        }
        long value = 0;
        int n = Math.min(data.length, integerBytes());
        for (int i = n - 1; i >= 0; i--) {
            value = value << 8 | (data[i] & 0xFF);
        }
        return value;
    }

    private long parseHex(String s) {
        int i = skipBlanks(s, 0);
        if (s.startsWith("0x", i) || s.startsWith("0X", i)) {
            i += 2;
        }
        return digits(s, i, 16);
    }

    private long parseExplicit(String s) {
        int i = skipBlanks(s, 0);
        if (s.startsWith("0x", i) || s.startsWith("0X", i)) {
            return digits(s, i + 2, 16);
        }
        return digits(s, i, 10);
    }

    private static int skipBlanks(String s, int i) {
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\n' || s.charAt(i) == '\r')) {
            i++;
        }
        return i;
    }

    /** Digits from {@code i} in {@code radix}, stopping at a non-digit or before the digit that would overflow. */
    private long digits(String s, int i, int radix) {
        long max = ones();
        long value = 0;
        for (; i < s.length(); i++) {
            int d = Character.digit(s.charAt(i), radix);
            if (d < 0) {
                break;
            }
            if (Long.compareUnsigned(value, Long.divideUnsigned(max - d, radix)) > 0) {
                break;
            }
            value = value * radix + d;
        }
        return value;
    }

    /** A Buffer's bytes for an operator that needs a buffer (implicit conversion); a new array. */
    byte[] toBuffer(AmlValue v) {
        return switch (v) {
            case AmlValue.Integer i -> integerBytes(i.value());
            case AmlValue.Str s -> Arrays.copyOf(s.bytes(), s.value().length() + 1);
            case AmlValue.Buffer b -> b.data.clone();
            default -> throw new AmlFault(AmlStatus.AE_AML_OPERAND_TYPE, "expected a Buffer, found " + v.describe());
        };
    }

    /** The little-endian bytes of an integer, as wide as the integer width. */
    byte[] integerBytes(long value) {
        byte[] out = new byte[integerBytes()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) (value >>> (8 * i));
        }
        return out;
    }

    /** A String for an operator that needs one (implicit conversion): integers in hex, buffers as "0x01 0x02". */
    String toStringImplicit(AmlValue v) {
        return switch (v) {
            case AmlValue.Integer i -> hexDigits(i.value());
            case AmlValue.Str s -> s.value();
            case AmlValue.Buffer b -> joinBytes(b.data, " ", true);
            default -> throw new AmlFault(AmlStatus.AE_AML_OPERAND_TYPE, "expected a String, found " + v.describe());
        };
    }

    /** {@code ToHexString}. */
    String toHexString(AmlValue v) {
        return switch (v) {
            case AmlValue.Integer i -> hexDigits(i.value());
            case AmlValue.Str s -> s.value();
            case AmlValue.Buffer b -> joinBytes(b.data, ",", true);
            default -> throw new AmlFault(AmlStatus.AE_AML_OPERAND_TYPE, "ToHexString of " + v.describe());
        };
    }

    /** {@code ToDecimalString}. */
    String toDecimalString(AmlValue v) {
        return switch (v) {
            case AmlValue.Integer i -> Long.toUnsignedString(i.value());
            case AmlValue.Str s -> s.value();
            case AmlValue.Buffer b -> joinBytes(b.data, ",", false);
            default -> throw new AmlFault(AmlStatus.AE_AML_OPERAND_TYPE, "ToDecimalString of " + v.describe());
        };
    }

    /** {@code ToString (buffer, length)}: bytes up to the first NUL or {@code length}. */
    String bufferToString(AmlValue v, long length) {
        byte[] data = switch (v) {
            case AmlValue.Buffer b -> b.data;
            case AmlValue.Integer i -> integerBytes(i.value());
            case AmlValue.Str s -> s.bytes();
            default -> throw new AmlFault(AmlStatus.AE_AML_OPERAND_TYPE, "ToString of " + v.describe());
        };
        int n = 0;
        long limit = Long.compareUnsigned(length, data.length) < 0 ? length : data.length;
        while (n < limit && data[n] != 0) {
            n++;
        }
        return new String(data, 0, n, StandardCharsets.ISO_8859_1);
    }

    private String hexDigits(long value) {
        String hex = Long.toHexString(fit(value)).toUpperCase(java.util.Locale.ROOT);
        return "0".repeat(integerBytes() * 2 - hex.length()) + hex;
    }

    private static String joinBytes(byte[] data, String separator, boolean hex) {
        var out = new StringBuilder(data.length * 5);
        for (int i = 0; i < data.length; i++) {
            if (i > 0) {
                out.append(separator);
            }
            int x = data[i] & 0xFF;
            out.append(hex ? "0x%02X".formatted(x) : java.lang.Integer.toString(x));
        }
        return out.toString();
    }
}
