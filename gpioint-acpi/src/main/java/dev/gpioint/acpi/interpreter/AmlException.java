package dev.gpioint.acpi.interpreter;

import java.util.Objects;

/**
 * An AML evaluation that failed: the status (ACPICA's name for the failure), the table and AML offset of the
 * term that failed, the method being run (or the table's module-level code), and a sentence saying what
 * happened. Checked: every caller decides what one failing method means (that method's device fails alone).
 */
public final class AmlException extends Exception {
    private final AmlStatus status;
    private final String table;
    private final int offset;
    private final String method;
    private final String reason;

    /**
     * @param status why it failed
     * @param table  the table holding the failing term
     * @param offset the failing term's offset in that table
     * @param method the path of the method that was running, or {@code "(table load)"}
     * @param reason what happened, in a sentence
     */
    public AmlException(AmlStatus status, String table, int offset, String method, String reason) {
        super(status + " in " + method + " at " + table + " offset 0x" + Integer.toHexString(offset) + ": " + reason);
        this.status = Objects.requireNonNull(status, "status");
        this.table = table;
        this.offset = offset;
        this.method = method;
        this.reason = reason;
    }

    /** Why it failed. */
    public AmlStatus status() {
        return status;
    }

    /** The table that holds the failing term. */
    public String table() {
        return table;
    }

    /** The failing term's offset in its table. */
    public int offset() {
        return offset;
    }

    /** The method that was running (its absolute path), or {@code "(table load)"}. */
    public String method() {
        return method;
    }

    /** What happened. */
    public String reason() {
        return reason;
    }
}
