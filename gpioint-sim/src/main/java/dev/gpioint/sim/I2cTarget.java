package dev.gpioint.sim;

/**
 * A device on a simulated I2C bus. A transfer is a write phase and/or a read phase addressed to the target
 * (a write-then-read with a repeated start when both are present); the target answers ACK by returning true.
 */
public interface I2cTarget {
    /** Receives {@code length} bytes; false to NACK. */
    boolean write(byte[] data, int offset, int length);

    /** Supplies {@code length} bytes; false to NACK. */
    boolean read(byte[] buffer, int offset, int length);
}
