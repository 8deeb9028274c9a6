package dev.gpioint.acpi.source;

import java.util.HexFormat;

/** The 16-byte buffer {@code ToUUID ("...")} makes: the first three groups little-endian, the rest as written. */
public final class AcpiUuid {
    /** The {@code _DSD} device-properties UUID. */
    public static final String DEVICE_PROPERTIES = "daffd814-6eba-4d8c-8a91-bc9bbf4aa301";

    private AcpiUuid() {
    }

    /** The bytes of {@code uuid} (36 characters with dashes). */
    public static byte[] toBytes(String uuid) {
        if (!uuid.matches("[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}")) {
            throw new IllegalArgumentException("not a UUID: '" + uuid + "'");
        }
        byte[] raw = HexFormat.of().parseHex(uuid.replace("-", ""));
        byte[] out = raw.clone();
        reverse(out, 0, 4);
        reverse(out, 4, 2);
        reverse(out, 6, 2);
        return out;
    }

    private static void reverse(byte[] b, int from, int length) {
        for (int i = 0; i < length / 2; i++) {
            byte t = b[from + i];
            b[from + i] = b[from + length - 1 - i];
            b[from + length - 1 - i] = t;
        }
    }
}
