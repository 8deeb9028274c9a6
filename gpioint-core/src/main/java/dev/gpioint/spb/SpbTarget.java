package dev.gpioint.spb;

import dev.gpioint.firmware.FirmwareResource;

/**
 * An open connection to one target on a simple peripheral bus (an I2C address, an SPI chip select), opened by
 * connection ID the way a driver opens {@code \Device\RESOURCE_HUB\<id>}. Every call is synchronous and
 * PASSIVE_LEVEL only; callers pass their own buffers, so a transfer allocates nothing. A failed transfer (NACK, no
 * target) throws {@link dev.gpioint.status.NtStatusException} with STATUS_IO_DEVICE_ERROR; a request the connection
 * cannot carry (a length that is not whole SPI words, a full-duplex transfer on I2C) fails before anything moves.
 * Only one open connection per connection ID may exist at a time; {@link #close()} releases it.
 */
public interface SpbTarget extends AutoCloseable {
    /** Writes {@code length} bytes from {@code data}. */
    void write(byte[] data, int offset, int length);

    /** Reads {@code length} bytes into {@code buffer}. */
    void read(byte[] buffer, int offset, int length);

    /**
     * A write then a read as one atomic sequence ({@code IOCTL_SPB_EXECUTE_SEQUENCE} with two transfers): on I2C with a
     * repeated start, as a register read is done; on SPI with the chip select held.
     */
    void writeRead(byte[] write, int writeOffset, int writeLength, byte[] read, int readOffset, int readLength);

    /**
     * {@code IOCTL_SPB_FULL_DUPLEX}: the write and the read start together (SPI only; on I2C it fails with
     * STATUS_NOT_SUPPORTED). The buffers need not be the same length: past the end of the write buffer zeros are
     * written, past the end of the read buffer received bytes are dropped. Returns the bytes transferred as the
     * request's Information reports them, {@code writeLength + readLength}.
     */
    long fullDuplex(byte[] write, int writeOffset, int writeLength, byte[] read, int readOffset, int readLength);

    /** The connection ID this target was opened with. */
    long connectionId();

    /** The connection's descriptor ({@link dev.gpioint.firmware.I2cSerialBus} or {@link dev.gpioint.firmware.SpiSerialBus}). */
    FirmwareResource connection();

    @Override
    void close();
}
