package dev.gpioint.kernel;

/** Hardware registers reachable by memory-mapped 32-bit reads and writes at offsets from its base. */
public interface MmioDevice {
    int read32(long offset);

    void write32(long offset, int value);
}
