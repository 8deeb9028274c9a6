package dev.gpioint.acpi.aml;

import java.util.Arrays;

/**
 * The Firmware ACPI Control Structure's own layout: "FACS", a 4-byte length (at least 64) and fields the OS
 * writes at run time (the global lock, the waking vector). It has neither the standard 36-byte header nor a
 * checksum, because the OS changes it in place, so a dump of it must not be held to either.
 */
final class FacsLayout {
    /** The smallest FACS the ACPI specification allows. */
    static final int MIN_LENGTH = 64;
    private static final int VERSION_OFFSET = 32;

    private FacsLayout() {
    }

    static boolean matches(byte[] data) {
        return data.length >= 4 && data[0] == 'F' && data[1] == 'A' && data[2] == 'C' && data[3] == 'S';
    }

    /** Checks the length field against the data; the version byte becomes the table's revision. */
    static AcpiTable read(byte[] data, String name) throws AcpiTableException {
        if (data.length < 8) {
            throw new AcpiTableException(name, 0, "FACS is " + data.length + " bytes, too short for its signature and length");
        }
        long length = AcpiTable.u32(data, 4);
        if (length < MIN_LENGTH) {
            throw new AcpiTableException(name, 4, "FACS length " + length + " is shorter than the " + MIN_LENGTH + " bytes a FACS has");
        }
        if (length > data.length) {
            throw new AcpiTableException(name, 4, "FACS length " + length + " runs past the end of the data (" + data.length
                    + " bytes): the table is truncated");
        }
        return new AcpiTable(name, "FACS", data[VERSION_OFFSET] & 0xFF, "", "", Arrays.copyOf(data, (int) length));
    }
}
