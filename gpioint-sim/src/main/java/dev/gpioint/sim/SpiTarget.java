package dev.gpioint.sim;

/**
 * A device on a simulated SPI bus, behind one chip select. A transfer selects it, clocks bytes both ways (each byte
 * it is sent is answered with the byte it shifts out at the same time) and deselects it.
 */
public interface SpiTarget {
    /**
     * Its chip select is asserted for a transfer at {@code clockHz}, SPI mode {@code mode} (0 to 3) and
     * {@code wordBits}-bit words. Returns false when it cannot follow them (too fast, another mode): it then ignores
     * what it is sent and leaves its data-out line floating.
     */
    default boolean select(long clockHz, int mode, int wordBits) {
        return true;
    }

    /** One byte each way: receives {@code mosi}, returns the byte it shifts out (0 to 255). */
    int exchange(int mosi);

    /** Its chip select is released: the transfer is over. */
    default void deselect() {
    }
}
