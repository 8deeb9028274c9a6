package dev.gpioint.firmware;

import java.util.Arrays;
import java.util.HexFormat;

/** Immutable vendor-defined bytes carried by a firmware descriptor; {@link #EMPTY} when there are none. */
public final class VendorData {
    /** No vendor data. */
    public static final VendorData EMPTY = new VendorData(new byte[0]);

    private final byte[] bytes;

    private VendorData(byte[] bytes) {
        this.bytes = bytes;
    }

    /** A copy of {@code bytes}, so later changes to the array do not show here. */
    public static VendorData of(byte... bytes) {
        return bytes.length == 0 ? EMPTY : new VendorData(bytes.clone());
    }

    public int length() {
        return bytes.length;
    }

    public boolean isEmpty() {
        return bytes.length == 0;
    }

    public int byteAt(int index) {
        return bytes[index] & 0xFF;
    }

    /** A fresh copy of the bytes. */
    public byte[] toArray() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VendorData that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return bytes.length == 0 ? "none" : HexFormat.ofDelimiter(" ").formatHex(bytes);
    }
}
