package dev.gpioint.gpio;

/**
 * How a GpioIo connection is opened ({@code GENERIC_READ} / {@code GENERIC_WRITE} in {@code WdfIoTargetOpen}).
 * A connection opened for one direction refuses the other with STATUS_GPIO_OPERATION_DENIED.
 */
public enum GpioIoAccess {
    READ, WRITE, READ_WRITE;

    public boolean canRead() {
        return this != WRITE;
    }

    public boolean canWrite() {
        return this != READ;
    }
}
