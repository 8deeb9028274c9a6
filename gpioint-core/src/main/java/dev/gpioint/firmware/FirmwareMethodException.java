package dev.gpioint.firmware;

/**
 * A firmware method that could not be run: it does not exist, or its evaluation failed (the message says how,
 * naming the table, offset and method on ACPI machines).
 */
public final class FirmwareMethodException extends Exception {
    private final boolean notFound;

    public FirmwareMethodException(String message, boolean notFound) {
        super(message);
        this.notFound = notFound;
    }

    /** True when the method does not exist (rather than failing). */
    public boolean notFound() {
        return notFound;
    }
}
