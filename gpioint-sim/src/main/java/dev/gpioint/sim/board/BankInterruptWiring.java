package dev.gpioint.sim.board;

/**
 * How a {@link SocGpioModel} family's banks drive the interrupts its firmware lists: which of the device's n
 * Interrupt() resources (in firmware order) each of its B banks raises. The simulated hardware is wired this way
 * and publishes the wiring in its registers; the controller client reads it there.
 */
public enum BankInterruptWiring {
    /**
     * The GPIO class extension's own rule: bank i on the i-th interrupt when there are at least as many as banks,
     * otherwise every bank on the first (with 1 &lt; n &lt; B the class extension cannot serve the controller).
     */
    PER_BANK,
    /**
     * With 1 &lt; n &lt; B, the banks split into n contiguous ranges of nearly equal size, in order: bank b on
     * interrupt {@code floor(b * n / B)}. Otherwise as {@link #PER_BANK}.
     */
    CONTIGUOUS_RANGES;

    /** For each of {@code banks} banks, the index of the interrupt it drives among {@code interrupts} (at least 1). */
    public int[] bankInterrupts(int banks, int interrupts) {
        if (banks < 1 || interrupts < 1) {
            throw new IllegalArgumentException(banks + " banks, " + interrupts + " interrupts: at least one of each");
        }
        int[] wiring = new int[banks];
        for (int b = 0; b < banks; b++) {
            if (interrupts >= banks) {
                wiring[b] = b;
            } else if (this == CONTIGUOUS_RANGES && interrupts > 1) {
                wiring[b] = (int) ((long) b * interrupts / banks);
            } else {
                wiring[b] = 0;
            }
        }
        return wiring;
    }
}
