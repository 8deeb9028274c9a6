package dev.gpioint.acpi.aml;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The Root System Description Pointer's own layout, which acpidump prints as its "RSDP" block: "RSD PTR ",
 * a checksum over the first 20 bytes, the OEM ID, the revision, and, from revision 2 on, a length (36) and an
 * extended checksum over all of it. It has no standard table header, so it is checked by these rules instead.
 */
final class RsdpLayout {
    /** The size of a revision 0 (ACPI 1.0) RSDP, which the first checksum covers. */
    static final int V1_LENGTH = 20;
    /** The size of a revision 2 RSDP. */
    static final int V2_LENGTH = 36;
    private static final byte[] SIGNATURE = "RSD PTR ".getBytes(StandardCharsets.US_ASCII);

    private RsdpLayout() {
    }

    static boolean matches(byte[] data) {
        return data.length >= SIGNATURE.length && Arrays.equals(data, 0, SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length);
    }

    /** Checks the checksums (and, from revision 2, the length); the table is called "RSDP" as acpidump calls it. */
    static AcpiTable read(byte[] data, String name) throws AcpiTableException {
        if (data.length < V1_LENGTH) {
            throw new AcpiTableException(name, 0, "RSDP is " + data.length + " bytes, shorter than the " + V1_LENGTH
                    + " bytes of a revision 0 RSDP");
        }
        if (AcpiTable.sum(data, V1_LENGTH) != 0) {
            throw new AcpiTableException(name, 8, "RSDP checksum mismatch: the first %d bytes sum to 0x%02X, not 0 (checksum byte is 0x%02X)"
                    .formatted(V1_LENGTH, AcpiTable.sum(data, V1_LENGTH), data[8] & 0xFF));
        }
        int revision = data[15] & 0xFF;
        int length = V1_LENGTH;
        // Revision 0 ends after the RSDT address; later revisions say how long they are and add a second checksum.
        if (revision >= 2) {
            if (data.length < V2_LENGTH) {
                throw new AcpiTableException(name, 15, "RSDP revision " + revision + " needs " + V2_LENGTH + " bytes, but there are "
                        + data.length);
            }
            long declared = AcpiTable.u32(data, 20);
            if (declared < V2_LENGTH || declared > data.length) {
                throw new AcpiTableException(name, 20, "RSDP length " + declared + " is not between " + V2_LENGTH + " and the "
                        + data.length + " bytes there are");
            }
            length = (int) declared;
            if (AcpiTable.sum(data, length) != 0) {
                throw new AcpiTableException(name, 32, "RSDP extended checksum mismatch: its %d bytes sum to 0x%02X, not 0"
                        .formatted(length, AcpiTable.sum(data, length)));
            }
        }
        String oemId = new String(data, 9, 6, StandardCharsets.ISO_8859_1).replace("\0", " ").strip();
        return new AcpiTable(name, "RSDP", revision, oemId, "", Arrays.copyOf(data, length));
    }
}
