package dev.gpioint.acpi.interpreter;

import java.util.HashMap;
import java.util.Map;

/**
 * The default region handler: every address space is a sparse, byte-addressed store that reads zero where
 * nothing was written, as ACPICA's {@code acpiexec} emulates regions, so the two agree on firmware that reads
 * hardware. A board can preload contents (a board-ID register, an EC byte) with {@link #preload}, to see what
 * the firmware gives another SKU. Little-endian for multi-byte accesses. Not thread-safe.
 */
public final class SimulatedRegions implements RegionHandler {
    private static final int PAGE = 4096;
    private final Map<Long, byte[]> pages = new HashMap<>();

    /** Writes {@code bytes} at {@code address} of {@code space} before (or between) evaluations. */
    public SimulatedRegions preload(int space, long address, byte... bytes) {
        for (int i = 0; i < bytes.length; i++) {
            put(space, address + i, bytes[i]);
        }
        return this;
    }

    @Override
    public long read(RegionAccess access) {
        long value = 0;
        int bytes = Math.max(1, (access.bitWidth() + 7) / 8);
        for (int i = bytes - 1; i >= 0; i--) {
            value = value << 8 | (get(access.space(), access.address() + i) & 0xFF);
        }
        return access.bitWidth() >= 64 ? value : value & ((1L << access.bitWidth()) - 1);
    }

    @Override
    public void write(RegionAccess access, long value) {
        int bytes = Math.max(1, (access.bitWidth() + 7) / 8);
        for (int i = 0; i < bytes; i++) {
            put(access.space(), access.address() + i, (byte) (value >>> (8 * i)));
        }
    }

    private byte get(int space, long address) {
        byte[] page = pages.get(key(space, address));
        return page == null ? 0 : page[(int) Long.remainderUnsigned(address, PAGE)];
    }

    private void put(int space, long address, byte value) {
        pages.computeIfAbsent(key(space, address), k -> new byte[PAGE])[(int) Long.remainderUnsigned(address, PAGE)] = value;
    }

    private static long key(int space, long address) {
        // Eight bits of space ID above the page number keep the spaces apart.
        return (long) space << 56 ^ Long.divideUnsigned(address, PAGE);
    }
}
