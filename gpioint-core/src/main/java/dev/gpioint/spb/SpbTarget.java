package dev.gpioint.spb;

/**
 * An open connection to one target on a simple peripheral bus (an I2C address), opened by connection ID the
 * way a driver opens {@code \Device\RESOURCE_HUB\<id>}. Every call is synchronous and PASSIVE_LEVEL only;
 * callers pass their own buffers, so a transfer allocates nothing. A failed transfer (NACK, no target) throws
 * {@link dev.gpioint.status.NtStatusException} with STATUS_IO_DEVICE_ERROR. Only one open connection per
 * target may exist at a time; {@link #close()} releases it.
 */
public interface SpbTarget extends AutoCloseable {
    /** Writes {@code length} bytes from {@code data}. */
    void write(byte[] data, int offset, int length);

    /** Reads {@code length} bytes into {@code buffer}. */
    void read(byte[] buffer, int offset, int length);

    /**
     * A write then a read with a repeated start ({@code IOCTL_SPB_EXECUTE_SEQUENCE} with two transfers), as a
     * register read is done.
     */
    void writeRead(byte[] write, int writeOffset, int writeLength, byte[] read, int readOffset, int readLength);

    /** The connection ID this target was opened with. */
    long connectionId();

    @Override
    void close();
}
