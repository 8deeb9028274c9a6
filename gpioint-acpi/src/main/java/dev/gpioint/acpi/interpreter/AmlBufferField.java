package dev.gpioint.acpi.interpreter;

/**
 * A field over a buffer ({@code CreateDWordField} and friends): reads and writes go to the bits of the very
 * buffer object it was created from.
 */
public final class AmlBufferField implements AmlNamedObject {
    final AmlValue.Buffer buffer;
    final long bitOffset;
    final int bitLength;

    AmlBufferField(AmlValue.Buffer buffer, long bitOffset, int bitLength) {
        this.buffer = buffer;
        this.bitOffset = bitOffset;
        this.bitLength = bitLength;
    }

    @Override
    public int objectType() {
        return 14;
    }

    @Override
    public String describe() {
        return "BufferField (" + bitLength + " bits at bit " + bitOffset + ")";
    }
}
