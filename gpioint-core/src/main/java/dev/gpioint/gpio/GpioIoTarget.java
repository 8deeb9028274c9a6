package dev.gpioint.gpio;

import java.util.List;

/**
 * An open GpioIo connection: the pins of one {@code GpioIo} descriptor, in firmware order, read and written
 * as bit masks ({@code IOCTL_GPIO_READ_PINS} / {@code IOCTL_GPIO_WRITE_PINS}): bit {@code i} is the i-th pin
 * of the descriptor. PASSIVE_LEVEL. A read on a connection opened only for writing, or a write on one opened
 * only for reading, throws STATUS_GPIO_OPERATION_DENIED; any call after {@link #close()} throws
 * STATUS_INVALID_DEVICE_STATE.
 */
public interface GpioIoTarget extends AutoCloseable {
    /** The levels of the pins: bit i set when pin i reads high. */
    long read();

    /** Drives pin i high when bit i of {@code values} is set, low otherwise. */
    void write(long values);

    /** The controller-relative pin numbers, in firmware order. */
    List<Integer> pins();

    /** The connection ID this target was opened with. */
    long connectionId();

    /** Releases the connection so it can be opened again. */
    @Override
    void close();
}
