package dev.gpioint.firmware;

/**
 * A fixed range of memory-mapped registers ({@code Memory32Fixed}, and the fixed forms of {@code Memory32},
 * {@code DWordMemory}, {@code QWordMemory}). Becomes a Memory resource; a controller driver maps it to reach
 * its registers.
 */
public record MemoryRange(long base, long length, boolean writable) implements FirmwareResource {
    public MemoryRange {
        Ranges.check("memory length", length, 0, Long.MAX_VALUE);
        if (base < 0) {
            throw new IllegalArgumentException("memory base 0x" + Long.toHexString(base) + " is beyond 2^63");
        }
    }

    /** A read-write {@code Memory32Fixed} range. */
    public static MemoryRange fixed32(long base, long length) {
        Ranges.check("Memory32Fixed base", base, 0, 0xFFFF_FFFFL);
        Ranges.check("Memory32Fixed length", length, 0, 0xFFFF_FFFFL);
        return new MemoryRange(base, length, true);
    }

    @Override
    public String kind() {
        return "Memory32Fixed";
    }
}
