package dev.gpioint.acpi.source;

/**
 * The compressed EISA ID form of a PNP ID ({@code EISAID ("PNP0C50")}): three letters of five bits and four
 * hex digits, stored so that the integer's little-endian bytes are the big-endian compressed value.
 */
public final class EisaId {
    private EisaId() {
    }

    /** The integer iasl stores for {@code EISAID (id)}; {@code id} is three letters and four hex digits. */
    public static long encode(String id) {
        if (!id.matches("[A-Za-z@-Z]{3}[0-9A-Fa-f]{4}")) {
            throw new IllegalArgumentException("EISAID needs three letters and four hex digits, not '" + id + "'");
        }
        String up = id.toUpperCase(java.util.Locale.ROOT);
        long compressed = ((long) (up.charAt(0) - 0x40) << 26) | ((long) (up.charAt(1) - 0x40) << 21)
                | ((long) (up.charAt(2) - 0x40) << 16) | Long.parseLong(up.substring(3), 16);
        return Long.reverseBytes(compressed) >>> 32;
    }

    /** The seven-character ID an integer {@code _HID} or {@code _CID} stands for, as ACPICA prints it. */
    public static String decode(long value) {
        long compressed = Long.reverseBytes(value & 0xFFFF_FFFFL) >>> 32;
        char a = (char) (((compressed >> 26) & 0x1F) + 0x40);
        char b = (char) (((compressed >> 21) & 0x1F) + 0x40);
        char c = (char) (((compressed >> 16) & 0x1F) + 0x40);
        return "" + a + b + c + String.format("%04X", compressed & 0xFFFF);
    }
}
