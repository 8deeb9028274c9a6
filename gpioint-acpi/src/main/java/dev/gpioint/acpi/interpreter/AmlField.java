package dev.gpioint.acpi.interpreter;

/**
 * A field unit: a run of bits in an operation region ({@code Field}), reached through an index/data register
 * pair ({@code IndexField}), or behind a bank register ({@code BankField}); with the access width and update
 * rule its field list gave, and the connection resource (GpioIo, I2cSerialBus...) in force for it.
 */
public final class AmlField implements AmlNamedObject {
    /** Where the field's bits live. */
    sealed interface Location permits InRegion, Indexed, Banked {
    }

    /** Directly in a region. */
    record InRegion(AmlRegion region) implements Location {
    }

    /** Behind an index register: write the byte offset to {@code index}, then access {@code data}. */
    record Indexed(AmlNode index, AmlNode data) implements Location {
    }

    /** In a region, after writing {@code bankValue} to the bank register {@code bank}. */
    record Banked(AmlRegion region, AmlNode bank, long bankValue) implements Location {
    }

    final Location location;
    final long bitOffset;
    final int bitLength;
    /** 0 AnyAcc, 1 ByteAcc, 2 WordAcc, 3 DWordAcc, 4 QWordAcc, 5 BufferAcc. */
    final int accessType;
    /** 0 Preserve, 1 WriteAsOnes, 2 WriteAsZeros. */
    final int updateRule;
    final boolean lock;
    final int accessAttribute;
    final int accessLength;
    /** The Connection resource template in force, or null. */
    final byte[] connection;

    AmlField(Location location, long bitOffset, int bitLength, int flags, int accessAttribute, int accessLength,
             byte[] connection) {
        this.location = location;
        this.bitOffset = bitOffset;
        this.bitLength = bitLength;
        this.accessType = flags & 0xF;
        this.lock = (flags & 0x10) != 0;
        this.updateRule = flags >> 5 & 3;
        this.accessAttribute = accessAttribute;
        this.accessLength = accessLength;
        this.connection = connection;
    }

    /** The field's width in bits. */
    public int bitLength() {
        return bitLength;
    }

    @Override
    public int objectType() {
        return 5;
    }

    @Override
    public String describe() {
        return "FieldUnit (" + bitLength + " bits at bit " + bitOffset + ")";
    }
}
