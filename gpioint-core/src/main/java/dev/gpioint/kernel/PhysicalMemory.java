package dev.gpioint.kernel;

import java.util.Map;
import java.util.TreeMap;

/**
 * The machine's physical address space for device registers: hardware attaches at a base address, drivers map
 * the memory resources they were given. Mapping a range no device decodes fails with a message naming it.
 */
public final class PhysicalMemory {
    private final TreeMap<Long, Attachment> devices = new TreeMap<>();

    private record Attachment(long base, long length, MmioDevice device, String name) {
    }

    /** Attaches {@code device}'s registers at {@code [base, base+length)}; overlapping ranges are refused. */
    public synchronized void attach(long base, long length, MmioDevice device, String name) {
        for (Attachment other : devices.values()) {
            if (base < other.base + other.length && other.base < base + length) {
                throw new IllegalArgumentException(name + " at 0x" + Long.toHexString(base) + " overlaps " + other.name
                        + " at 0x" + Long.toHexString(other.base));
            }
        }
        devices.put(base, new Attachment(base, length, device, name));
    }

    /** Maps {@code [base, base+length)}, which must lie inside one attached device. */
    public synchronized RegisterWindow map(long base, long length) {
        Map.Entry<Long, Attachment> entry = devices.floorEntry(base);
        if (entry == null || base + length > entry.getValue().base + entry.getValue().length) {
            throw new IllegalArgumentException("no device decodes physical memory 0x" + Long.toHexString(base)
                    + "-0x" + Long.toHexString(base + length - 1));
        }
        Attachment attachment = entry.getValue();
        return new RegisterWindow(attachment.device, base - attachment.base, length);
    }
}
