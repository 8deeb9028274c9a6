package dev.gpioint.acpi.aml;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * One ACPI table with a standard 36-byte header (DSDT, SSDT, ...), checked on the way in: the header fits, the
 * length field is at least the header and at most the data, and the bytes of the table sum to zero.
 * Immutable.
 *
 * @param name      where it came from (a file name, or "acpidump.txt: SSDT #2"), for messages
 * @param signature the four-character signature
 * @param revision  the header revision (a DSDT revision below 2 means 32-bit integers)
 * @param oemId      the OEM ID, padding (spaces or NULs) removed
 * @param oemTableId the OEM table ID, padding removed
 * @param bytes      the whole table, header included, exactly as long as its length field
 */
public record AcpiTable(String name, String signature, int revision, String oemId, String oemTableId, byte[] bytes) {
    /** The size of the standard table header; the AML of a DSDT or SSDT starts here. */
    public static final int HEADER_LENGTH = 36;

    public AcpiTable {
        Objects.requireNonNull(name, "name");
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** True for tables that hold AML definition blocks. */
    public boolean isDefinitionBlock() {
        return signature.equals("DSDT") || signature.equals("SSDT");
    }

    /** Checks and reads a table from {@code data}; bytes past the header's length are ignored. */
    public static AcpiTable read(byte[] data, String name) throws AcpiTableException {
        if (data.length < HEADER_LENGTH) {
            throw new AcpiTableException(name, 0, "table is " + data.length + " bytes, shorter than the "
                    + HEADER_LENGTH + "-byte ACPI header");
        }
        for (int i = 0; i < 4; i++) {
            int c = data[i] & 0xFF;
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                throw new AcpiTableException(name, i, "signature byte 0x%02X is not an ACPI signature character".formatted(c));
            }
        }
        long length = (data[4] & 0xFFL) | (data[5] & 0xFFL) << 8 | (data[6] & 0xFFL) << 16 | (data[7] & 0xFFL) << 24;
        if (length < HEADER_LENGTH) {
            throw new AcpiTableException(name, 4, "header length " + length + " is shorter than the header itself");
        }
        if (length > data.length) {
            throw new AcpiTableException(name, 4, "header length " + length + " runs past the end of the data ("
                    + data.length + " bytes): the table is truncated");
        }
        int sum = 0;
        for (int i = 0; i < length; i++) {
            sum += data[i] & 0xFF;
        }
        if ((sum & 0xFF) != 0) {
            throw new AcpiTableException(name, 9, "checksum mismatch: the table's bytes sum to 0x%02X, not 0 (checksum byte is 0x%02X)"
                    .formatted(sum & 0xFF, data[9] & 0xFF));
        }
        String signature = new String(data, 0, 4, StandardCharsets.US_ASCII);
        String oemId = new String(data, 10, 6, StandardCharsets.ISO_8859_1).replace("\0", " ").strip();
        String oemTableId = new String(data, 16, 8, StandardCharsets.ISO_8859_1).replace("\0", " ").strip();
        return new AcpiTable(name, signature, data[8] & 0xFF, oemId, oemTableId, Arrays.copyOf(data, (int) length));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AcpiTable t && name.equals(t.name) && Arrays.equals(bytes, t.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return name + " (" + signature + ", " + bytes.length + " bytes)";
    }
}
