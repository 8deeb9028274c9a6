package dev.gpioint.acpi.aml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Builds real-looking tables for tests: standard-header tables with a right checksum, a FACS, an RSDP. */
public final class TableBytes {
    private TableBytes() {
    }

    /** A table with the standard 36-byte header around {@code body}, its checksum set. */
    public static byte[] standard(String signature, int revision, byte[] body) {
        byte[] t = new byte[AcpiTable.HEADER_LENGTH + body.length];
        put(t, 0, signature);
        putU32(t, 4, t.length);
        t[8] = (byte) revision;
        put(t, 10, "TESTOE");
        put(t, 16, "TABLES  ");
        putU32(t, 24, 1);
        put(t, 28, "GPIN");
        putU32(t, 32, 0x20260101);
        System.arraycopy(body, 0, t, AcpiTable.HEADER_LENGTH, body.length);
        t[9] = (byte) -sum(t, t.length);
        return t;
    }

    /** A 64-byte FACS as firmware leaves it: "FACS", length 0x40, a hardware signature, version 2, no checksum. */
    public static byte[] facs() {
        byte[] t = new byte[64];
        put(t, 0, "FACS");
        putU32(t, 4, 64);
        putU32(t, 8, 0x12345678);
        t[32] = 2;
        return t;
    }

    /** An RSDP of {@code revision} (20 bytes for 0, 36 from 2), both checksums set. */
    public static byte[] rsdp(int revision) {
        byte[] t = new byte[revision >= 2 ? 36 : 20];
        put(t, 0, "RSD PTR ");
        put(t, 9, "TESTOE");
        t[15] = (byte) revision;
        putU32(t, 16, 0x7FFE0000);
        t[8] = (byte) -sum(t, 20);
        if (revision >= 2) {
            putU32(t, 20, 36);
            putU32(t, 24, 0x7FFE1000);
            t[32] = (byte) -sum(t, 36);
        }
        return t;
    }

    /** The test board's DSDT, as iasl compiled it (devices \_SB.GPO0, I2C1, TCH0, BTN0, ACC0, BAD0). */
    public static byte[] boardDsdt() throws IOException {
        try (InputStream in = TableBytes.class.getResourceAsStream("/boards/formats-dsdt.aml")) {
            return in.readAllBytes();
        }
    }

    /** An SSDT whose header length says 0x10000 bytes while it has far fewer: truncated. */
    public static byte[] truncatedSsdt() {
        byte[] t = standard("SSDT", 2, new byte[] {0x5B, (byte) 0x82, 0x05, 'X', 'X', 'X', 'X'});
        putU32(t, 4, 0x10000);
        return t;
    }

    /** A table whose checksum is {@code table}'s plus one. */
    public static byte[] withBadChecksum(byte[] table) {
        byte[] t = Arrays.copyOf(table, table.length);
        t[9]++;
        return t;
    }

    private static int sum(byte[] t, int length) {
        int s = 0;
        for (int i = 0; i < length; i++) {
            s += t[i] & 0xFF;
        }
        return s;
    }

    private static void put(byte[] t, int offset, String ascii) {
        byte[] b = ascii.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(b, 0, t, offset, b.length);
    }

    private static void putU32(byte[] t, int offset, long value) {
        for (int i = 0; i < 4; i++) {
            t[offset + i] = (byte) (value >>> (8 * i));
        }
    }
}
