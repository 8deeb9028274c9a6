package dev.gpioint.acpi.interpreter;

import java.util.Objects;

/**
 * The AML bytes of one loaded table (header included, so offsets are table offsets as {@code iasl} and
 * {@code acpiexec} print them) and the table's name for messages. The array is never written.
 *
 * @param table the table's name: its file, or "acpidump.txt: SSDT #2"
 * @param bytes the whole table
 */
record AmlCode(String table, byte[] bytes) {
    AmlCode {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(bytes, "bytes");
    }

    @Override
    public String toString() {
        return table;
    }
}
