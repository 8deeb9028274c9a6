package dev.gpioint.acpi.interpreter;

import java.util.Arrays;
import java.util.Optional;

/**
 * One access a field makes to an operation region: the space, the absolute address (region base plus the
 * access's byte offset), the access width in bits, the field's path for messages, and the Connection resource
 * template in force (the GpioIo or serial-bus descriptor a GeneralPurposeIo or GenericSerialBus field goes
 * through). For GeneralPurposeIo the address is the pin index within the connection's pin list.
 *
 * @param space     the address-space ID ({@link RegionSpace})
 * @param address   the absolute address in that space
 * @param bitWidth  8, 16, 32 or 64 (for GeneralPurposeIo: the number of pins)
 * @param region    the region's path
 * @param field     the field's path
 * @param attribute the field's AccessAs attribute (for serial-bus spaces: the protocol, e.g. 0x06 AttribByte)
 * @param accessLength the AccessAs length (AttribBytes (n), AttribRawBytes (n)...), 0 when none
 */
public record RegionAccess(int space, long address, int bitWidth, String region, String field, byte[] connectionBytes,
                           int attribute, int accessLength) {
    public RegionAccess {
        connectionBytes = connectionBytes == null ? null : connectionBytes.clone();
    }

    /** The Connection resource template, if the field has one. */
    public Optional<byte[]> connection() {
        return Optional.ofNullable(connectionBytes).map(byte[]::clone);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RegionAccess a && space == a.space && address == a.address && bitWidth == a.bitWidth
                && region.equals(a.region) && field.equals(a.field) && Arrays.equals(connectionBytes, a.connectionBytes)
                && attribute == a.attribute && accessLength == a.accessLength;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(space, address, bitWidth, region, field) * 31 + Arrays.hashCode(connectionBytes);
    }

    @Override
    public String toString() {
        return RegionSpace.name(space) + " 0x" + Long.toHexString(address) + " (" + bitWidth + " bits) for " + field;
    }
}
