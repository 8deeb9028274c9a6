package dev.gpioint.acpi.resource;

/** Little-endian reads and writes on byte arrays; callers check bounds first. */
final class Bytes {
    private Bytes() {
    }

    static long readUnsigned(byte[] buffer, int offset, int width) {
        long value = 0;
        for (int i = width - 1; i >= 0; i--) {
            value = (value << 8) | (buffer[offset + i] & 0xFF);
        }
        return value;
    }

    static void write(byte[] buffer, int offset, int width, long value) {
        for (int i = 0; i < width; i++) {
            buffer[offset + i] = (byte) (value >>> (8 * i));
        }
    }

    /** The largest unsigned value {@code width} bytes hold, as a signed long (-1 for 8 bytes). */
    static long max(int width) {
        return width >= 8 ? -1L : (1L << (8 * width)) - 1;
    }
}
