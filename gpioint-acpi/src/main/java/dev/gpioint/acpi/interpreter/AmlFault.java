package dev.gpioint.acpi.interpreter;

/**
 * The unchecked carrier of a failure inside the interpreter, thrown where the failure is found and turned into
 * an {@link AmlException} at the evaluation's boundary, where the table, offset and method are known. Never
 * leaves the package.
 */
final class AmlFault extends RuntimeException {
    final AmlStatus status;
    /** The AML offset of the innermost term that failed, or -1 until a term claims it. */
    int offset = -1;
    /** The table of that term. */
    String table;
    /** The method that was running. */
    String method;
    /** True when the AML could not be parsed (so the failing term's length is unknown). */
    boolean parse;

    AmlFault(AmlStatus status, String reason) {
        super(reason, null, false, false);
        this.status = status;
    }

    /** Records where the failure happened, the first (innermost) time only. */
    AmlFault at(String table, int offset, String method) {
        if (this.offset < 0) {
            this.table = table;
            this.offset = offset;
            this.method = method;
        }
        return this;
    }

    AmlException checked() {
        return new AmlException(status, table == null ? "?" : table, Math.max(offset, 0),
                method == null ? "?" : method, getMessage());
    }
}
