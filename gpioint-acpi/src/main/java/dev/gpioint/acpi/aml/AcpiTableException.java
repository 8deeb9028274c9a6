package dev.gpioint.acpi.aml;

/**
 * An ACPI table (or acpidump text) that cannot be read: short or truncated, a length past the data, a bad
 * checksum, AML that does not parse. Names the table, the byte offset (or text line) and the reason.
 */
public final class AcpiTableException extends Exception {
    private final String table;
    private final String location;
    private final String reason;

    /** A problem at byte {@code offset} of {@code table}. */
    public AcpiTableException(String table, long offset, String reason) {
        this(table, "offset 0x" + Long.toHexString(offset).toUpperCase(java.util.Locale.ROOT), reason);
    }

    /** A problem at {@code location} ("offset 0x24", "line 12") of {@code table}. */
    public AcpiTableException(String table, String location, String reason) {
        super(table + " " + location + ": " + reason);
        this.table = table;
        this.location = location;
        this.reason = reason;
    }

    /** The table or file name. */
    public String table() {
        return table;
    }

    /** Where in it: "offset 0x1A2" or "line 7". */
    public String location() {
        return location;
    }

    /** What is wrong. */
    public String reason() {
        return reason;
    }
}
