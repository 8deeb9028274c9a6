package dev.gpioint.acpi.resource;

/**
 * A resource buffer that cannot be decoded: truncated, an unknown tag, a length past the end, a missing end
 * tag, offsets that point outside their descriptor. Names the table (or file) and the byte offset.
 */
public final class ResourceDecodeException extends Exception {
    private final String source;
    private final long offset;
    private final String reason;

    public ResourceDecodeException(String source, long offset, String reason) {
        super(source + " offset 0x" + Long.toHexString(offset).toUpperCase(java.util.Locale.ROOT) + ": " + reason);
        this.source = source;
        this.offset = offset;
        this.reason = reason;
    }

    /** The table or file holding the buffer. */
    public String source() {
        return source;
    }

    /** The offset of the faulty byte, counted from the start of {@link #source()}. */
    public long offset() {
        return offset;
    }

    /** What is wrong, without the location. */
    public String reason() {
        return reason;
    }
}
