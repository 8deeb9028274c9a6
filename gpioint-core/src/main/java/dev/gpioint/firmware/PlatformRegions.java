package dev.gpioint.firmware;

/**
 * What a running machine gives firmware operation regions: GPIO pins and serial-bus transfers through its
 * started controllers, as ACPI.sys routes GeneralPurposeIo fields to GpioClx and GenericSerialBus fields to
 * SpbCx through the resource hub. Each call opens the connection, transfers and closes it, at PASSIVE_LEVEL.
 * A controller that is not started, or a transfer the device refuses, throws
 * {@link dev.gpioint.status.NtStatusException} with the reason.
 */
public interface PlatformRegions {
    /** The levels of the connection's pins: bit {@code i} is {@code connection.pins().get(i)}. */
    long readGpio(GpioIo connection);

    /** Drives the connection's pins: bit {@code i} of {@code values} to {@code connection.pins().get(i)}. */
    void writeGpio(GpioIo connection, long values);

    /** One I2C transaction to the connection's device: {@code write} (may be empty), then {@code readLength} bytes read. */
    byte[] i2c(I2cSerialBus connection, byte[] write, int readLength);
}
