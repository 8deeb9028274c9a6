package dev.gpioint.acpi.interpreter;

/**
 * A field over a buffer ({@code CreateDWordField} and friends): reads and writes go to the bits of the very
 * buffer object it was created from.
 */
public final class AmlBufferField implements AmlNamedObject {
    final AmlValue.Buffer buffer;
    final long bitOffset;
    final int bitLength;
    /** True for a field made by {@code CreateField}: it reads as a Buffer whatever its width, as in ACPICA. */
    final boolean alwaysBuffer;

    AmlBufferField(AmlValue.Buffer buffer, long bitOffset, int bitLength, boolean alwaysBuffer) {
        this.buffer = buffer;
        this.bitOffset = bitOffset;
        this.bitLength = bitLength;
        this.alwaysBuffer = alwaysBuffer;
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
