package dev.gpioint.kernel;

/**
 * A driver's mapping of a memory resource ({@code MmMapIoSpace}): 32-bit register access at offsets inside the
 * mapped range. Access allocates nothing; an offset outside the range throws IndexOutOfBoundsException.
 */
public final class RegisterWindow {
    private final MmioDevice device;
    private final long deviceOffset;
    private final long length;

    RegisterWindow(MmioDevice device, long deviceOffset, long length) {
        this.device = device;
        this.deviceOffset = deviceOffset;
        this.length = length;
    }

    public int read32(long offset) {
        check(offset);
        return device.read32(deviceOffset + offset);
    }

    public void write32(long offset, int value) {
        check(offset);
        device.write32(deviceOffset + offset, value);
    }

    public long length() {
        return length;
    }

    private void check(long offset) {
        if (offset < 0 || offset + 4 > length || (offset & 3) != 0) {
            throw new IndexOutOfBoundsException("register offset 0x" + Long.toHexString(offset)
                    + " is outside the 0x" + Long.toHexString(length) + "-byte window or unaligned");
        }
    }
}
