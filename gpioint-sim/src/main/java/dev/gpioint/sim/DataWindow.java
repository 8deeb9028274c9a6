package dev.gpioint.sim;

/**
 * The data window of a simulated register-level bus controller: from its offset on, one byte per 32-bit
 * register, {@link #capacity()} bytes. Writes to the window fill the bytes to send; reads return the bytes received,
 * so a driver reads back the answer, never what it wrote.
 * <p>
 * Not thread-safe: the controller that owns it touches it only under its hardware lock.
 */
final class DataWindow {
    private final int offset;
    private final byte[] toSend;
    private final byte[] received;

    DataWindow(int offset, int capacity) {
        this.offset = offset;
        this.toSend = new byte[capacity];
        this.received = new byte[capacity];
    }

    int capacity() {
        return toSend.length;
    }

    /** The first register offset past the window. */
    private int end() {
        return offset + 4 * capacity();
    }

    boolean contains(long registerOffset) {
        return registerOffset >= offset && registerOffset < end();
    }

    /** The received byte behind {@code registerOffset}, which the window {@link #contains}. */
    int read32(long registerOffset) {
        return received[index(registerOffset)] & 0xFF;
    }

    /** Sets the byte to send behind {@code registerOffset}, which the window {@link #contains}, to the low byte of {@code value}. */
    void write32(long registerOffset, int value) {
        toSend[index(registerOffset)] = (byte) value;
    }

    /**
     * A length register's value as the controller takes it: negative as 0, more than the window holds as all of it,
     * so a transfer can never run past the window.
     */
    int clampLength(int value) {
        return Math.min(Math.max(value, 0), capacity());
    }

    /** The bytes to send, for the bus to read; the window keeps them. */
    byte[] toSend() {
        return toSend;
    }

    /** The bytes received, for the bus to fill; the window keeps them. */
    byte[] received() {
        return received;
    }

    private int index(long registerOffset) {
        return (int) (registerOffset - offset) / 4;
    }
}
