package dev.gpioint.acpi.interpreter;

/**
 * Serves the field accesses of one address space, as an OS's operation-region handler does. The interpreter
 * calls it with the region lock held (one access at a time). A handler that cannot serve an access throws
 * {@link IllegalStateException} with the reason; the method that made the access fails with AE_ERROR naming
 * the field.
 */
public interface RegionHandler {
    /** The value read, in the low {@code access.bitWidth()} bits. */
    long read(RegionAccess access);

    /** Writes the low {@code access.bitWidth()} bits of {@code value}. */
    void write(RegionAccess access, long value);

    /**
     * A buffer transfer of a serial-bus-like space (SMBus, IPMI, GenericSerialBus, PCC): {@code data} is the
     * field's buffer (status, length, payload) on the way in; the returned buffer, of the same length, is the
     * result. The default keeps the payload in this handler's {@link #read}/{@link #write} cells, byte by byte.
     */
    default byte[] transfer(RegionAccess access, byte[] data, boolean write) {
        byte[] out = data.clone();
        for (int i = 0; i < out.length; i++) {
            RegionAccess cell = new RegionAccess(access.space(), access.address() + i, 8, access.region(), access.field(),
                    access.connectionBytes(), access.attribute(), access.accessLength());
            if (write) {
                write(cell, out[i] & 0xFF);
            } else {
                out[i] = (byte) read(cell);
            }
        }
        return out;
    }
}
