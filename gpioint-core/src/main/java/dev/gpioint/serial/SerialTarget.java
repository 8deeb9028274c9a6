package dev.gpioint.serial;

import dev.gpioint.firmware.UartSerialBus;

/**
 * An open serial port, opened by connection ID the way a peripheral driver opens {@code \Device\RESOURCE_HUB\<id>}
 * on a SerCx2-managed port; the port has one client at a time. Requests fail with
 * {@link dev.gpioint.status.NtStatusException}: STATUS_NOT_SUPPORTED for settings the controller (or SerCx2) cannot
 * do, STATUS_INVALID_PARAMETER for values that are not settings, STATUS_INVALID_DEVICE_STATE once closed; the
 * message names the device, the connection and the controller. Callers pass their own buffers.
 */
public interface SerialTarget extends AutoCloseable {
    /** The connection ID this port was opened with. */
    long connectionId();

    /** The connection's descriptor. */
    UartSerialBus connection();

    /** The line settings in force ({@code IOCTL_SERIAL_GET_BAUD_RATE}, {@code _GET_LINE_CONTROL}, {@code _GET_HANDFLOW}). */
    UartSettings settings();

    /** {@code IOCTL_SERIAL_APPLY_DEFAULT_CONFIGURATION}: the settings of the connection's UartSerialBusV2 descriptor. PASSIVE_LEVEL. */
    void applyDefaultConfiguration();

    /** {@code IOCTL_SERIAL_SET_BAUD_RATE}. PASSIVE_LEVEL. */
    void setBaudRate(long baudRate);

    /** {@code IOCTL_SERIAL_SET_LINE_CONTROL}: word length, parity and stop bits. PASSIVE_LEVEL. */
    void setLineControl(int dataBits, UartSettings.Parity parity, UartSettings.StopBits stopBits);

    /** {@code IOCTL_SERIAL_SET_HANDFLOW}, reduced to the flow control it selects. SerCx2 has no XON/XOFF. PASSIVE_LEVEL. */
    void setFlowControl(UartSettings.FlowControl flowControl);

    /** {@code IRP_MJ_WRITE}: transmits {@code length} bytes; returns how many the controller took. PASSIVE_LEVEL. */
    int write(byte[] data, int offset, int length);

    /**
     * {@code IRP_MJ_READ} with {@code SERIAL_TIMEOUTS.ReadIntervalTimeout} MAXULONG and zero totals: returns at once
     * with what has been received, up to {@code length} bytes, 0 when nothing has. At most DISPATCH_LEVEL.
     */
    int read(byte[] buffer, int offset, int length);

    /**
     * {@code IOCTL_SERIAL_SET_WAIT_MASK} with {@code SERIAL_EV_RXCHAR}, then {@code IOCTL_SERIAL_WAIT_ON_MASK}: runs
     * {@code completion} once, at DISPATCH_LEVEL, when a character has been received (at once if one is waiting). One
     * wait at a time: a second fails with STATUS_INVALID_PARAMETER; a completion may wait again. At most DISPATCH_LEVEL.
     */
    void waitOnReceive(Runnable completion);

    @Override
    void close();
}
