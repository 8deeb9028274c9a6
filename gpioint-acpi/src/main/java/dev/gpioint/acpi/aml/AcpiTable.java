package dev.gpioint.acpi.aml;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * One ACPI table, checked on the way in. Most tables (DSDT, SSDT, FACP, APIC, MCFG, ...) have the standard
 * 36-byte header: it fits, the length field is at least the header and at most the data, and the bytes of the
 * table sum to zero. Two have layouts of their own and are checked by those: the FACS (signature and length,
 * no checksum, since the OS writes into it) and the RSDP ("RSD PTR ", its own checksums; called "RSDP" here, as
 * acpidump calls it). Only DSDTs and SSDTs hold AML ({@link #isDefinitionBlock()}); the others are recognised
 * by signature and kept, never walked. Immutable.
 *
 * @param name      where it came from (a file name, or "acpidump.txt: SSDT #2"), for messages
 * @param signature the four-character signature ("RSDP" for the RSDP)
 * @param revision  the header revision (a DSDT revision below 2 means 32-bit integers; the version of a FACS,
 *                  the revision of an RSDP)
 * @param oemId      the OEM ID, padding (spaces or NULs) removed; empty for a FACS
 * @param oemTableId the OEM table ID, padding removed; empty for a FACS or an RSDP
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

    /**
     * Checks and reads a table from {@code data} by the rules of its layout (standard header, FACS or RSDP,
     * told apart by the first bytes); bytes past the table's length are ignored.
     */
    public static AcpiTable read(byte[] data, String name) throws AcpiTableException {
        if (RsdpLayout.matches(data)) {
            return RsdpLayout.read(data, name);
        }
        if (FacsLayout.matches(data)) {
            return FacsLayout.read(data, name);
        }
        if (data.length < HEADER_LENGTH) {
            throw new AcpiTableException(name, 0, "table is " + data.length + " bytes, shorter than the "
                    + HEADER_LENGTH + "-byte ACPI header");
        }
        for (int i = 0; i < 4; i++) {
            int c = data[i] & 0xFF;
            if (!isSignatureCharacter(c, i)) {
                throw new AcpiTableException(name, i, "signature byte 0x%02X is not an ACPI signature character".formatted(c));
            }
        }
        long length = u32(data, 4);
        if (length < HEADER_LENGTH) {
            throw new AcpiTableException(name, 4, "header length " + length + " is shorter than the header itself");
        }
        if (length > data.length) {
            throw new AcpiTableException(name, 4, "header length " + length + " runs past the end of the data ("
                    + data.length + " bytes): the table is truncated");
        }
        int sum = sum(data, (int) length);
        if (sum != 0) {
            throw new AcpiTableException(name, 9, "checksum mismatch: the table's bytes sum to 0x%02X, not 0 (checksum byte is 0x%02X)"
                    .formatted(sum, data[9] & 0xFF));
        }
        String signature = new String(data, 0, 4, StandardCharsets.US_ASCII);
        String oemId = new String(data, 10, 6, StandardCharsets.ISO_8859_1).replace("\0", " ").strip();
        String oemTableId = new String(data, 16, 8, StandardCharsets.ISO_8859_1).replace("\0", " ").strip();
        return new AcpiTable(name, signature, data[8] & 0xFF, oemId, oemTableId, Arrays.copyOf(data, (int) length));
    }

    /**
     * Upper-case letters, digits and '_', as table signatures are written; '!' is allowed last because one
     * real table, the Alert Standard Format's "ASF!", ends with it.
     */
    public static boolean isSignatureCharacter(int c, int position) {
        return c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '!' && position == 3;
    }

    /** The little-endian 32-bit value at {@code offset}. */
    static long u32(byte[] data, int offset) {
        return (data[offset] & 0xFFL) | (data[offset + 1] & 0xFFL) << 8 | (data[offset + 2] & 0xFFL) << 16
                | (data[offset + 3] & 0xFFL) << 24;
    }

    /** The low byte of the sum of the first {@code length} bytes: 0 when a checksum over them holds. */
    static int sum(byte[] data, int length) {
        int sum = 0;
        for (int i = 0; i < length; i++) {
            sum += data[i] & 0xFF;
        }
        return sum & 0xFF;
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
