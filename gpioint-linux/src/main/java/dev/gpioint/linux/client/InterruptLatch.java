package dev.gpioint.linux.client;

/**
 * The interrupt logic a real GPIO controller has in silicon, rebuilt over a gpiochip's edge stream: per-bank
 * words of enabled, masked and latched pins, and for level pins the last known electrical level. The chip's
 * event thread latches edges here; the class extension reads and clears the words through the client exactly
 * as it reads SimGpio's status registers. The bank interrupt output (a virtual primary line, level, active
 * high) is asserted while any enabled, unmasked pin is latched (edge) or at its asserted level (level).
 *
 * <p>Level pins are emulated: the kernel reports both edges, each edge updates the known level, and
 * {@link #active} re-reads the level of level pins through {@code valueReader} so that the class extension's
 * "still asserted?" check after an ISR sees the line as it is, not as the last queued edge said it was.
 *
 * <p>Thread-safe: every method is synchronized. The event thread calls {@link #edge}; processor threads call
 * the rest with the class extension's bank lock held. The line is driven inside the monitor so level changes
 * reach it in the order they happened.
 */
final class InterruptLatch {
    /** Pins per bank; banks are 64-bit words. */
    static final int PINS_PER_BANK = 64;

    /** Drives the bank interrupt output. */
    interface Output {
        void drive(boolean high);
    }

    /** Reads the current physical level of a pin (a GET_VALUES ioctl on the real chip). */
    interface LevelReader {
        boolean read(int pin);
    }

    private final Output output;
    private final LevelReader reader;
    private final long[] enabled;
    private final long[] masked;
    private final long[] latched;
    private final long[] levelMode;
    private final long[] assertHigh;
    private final long[] known;
    private boolean asserted;
    private boolean dead;
    private long edges;
    private long ignored;

    InterruptLatch(int pins, Output output, LevelReader reader) {
        int banks = (pins + PINS_PER_BANK - 1) / PINS_PER_BANK;
        this.output = output;
        this.reader = reader;
        this.enabled = new long[banks];
        this.masked = new long[banks];
        this.latched = new long[banks];
        this.levelMode = new long[banks];
        this.assertHigh = new long[banks];
        this.known = new long[banks];
    }

    /** Arms {@code pin}: unmasked, nothing latched, and for a level pin its current level. */
    synchronized void enable(int pin, boolean level, boolean assertedHigh, boolean currentLevel) {
        int b = pin / PINS_PER_BANK;
        long bit = 1L << (pin % PINS_PER_BANK);
        enabled[b] |= bit;
        masked[b] &= ~bit;
        latched[b] &= ~bit;
        levelMode[b] = level ? levelMode[b] | bit : levelMode[b] & ~bit;
        assertHigh[b] = assertedHigh ? assertHigh[b] | bit : assertHigh[b] & ~bit;
        known[b] = currentLevel ? known[b] | bit : known[b] & ~bit;
        update();
    }

    synchronized void disable(int pin) {
        int b = pin / PINS_PER_BANK;
        long bit = 1L << (pin % PINS_PER_BANK);
        enabled[b] &= ~bit;
        masked[b] &= ~bit;
        latched[b] &= ~bit;
        update();
    }

    /** An edge from the kernel. Edges on pins that are not enabled are counted and dropped. */
    synchronized void edge(int pin, boolean rising) {
        int b = pin / PINS_PER_BANK;
        if (b >= enabled.length) {
            ignored++;
            return;
        }
        long bit = 1L << (pin % PINS_PER_BANK);
        if ((enabled[b] & bit) == 0) {
            ignored++;
            return;
        }
        edges++;
        known[b] = rising ? known[b] | bit : known[b] & ~bit;
        if ((levelMode[b] & bit) == 0) {
            latched[b] |= bit; // the request only reports the edges the pin wants, so every edge latches
        }
        update();
    }

    /** Active pins of {@code bank} among {@code mask}; level pins are re-read from the chip first. */
    synchronized long active(int bank, long mask) {
        long levels = mask & levelMode[bank] & enabled[bank];
        while (levels != 0 && !dead) {
            int bankPin = Long.numberOfTrailingZeros(levels);
            levels &= levels - 1;
            long bit = 1L << bankPin;
            boolean high = reader.read(bank * PINS_PER_BANK + bankPin);
            known[bank] = high ? known[bank] | bit : known[bank] & ~bit;
        }
        long result = status(bank) & mask;
        update();
        return result;
    }

    synchronized void clear(int bank, long mask) {
        latched[bank] &= ~mask;
        update();
    }

    synchronized void mask(int bank, long mask) {
        masked[bank] |= mask;
        update();
    }

    synchronized void unmask(int pin) {
        masked[pin / PINS_PER_BANK] &= ~(1L << (pin % PINS_PER_BANK));
        update();
    }

    synchronized long enabled(int bank) {
        return enabled[bank];
    }

    /** The chip is gone: nothing will interrupt again; the output is released. */
    synchronized void die() {
        dead = true;
        java.util.Arrays.fill(enabled, 0);
        java.util.Arrays.fill(latched, 0);
        update();
    }

    synchronized boolean isDead() {
        return dead;
    }

    /** Edges latched or tracked on enabled pins. */
    synchronized long edges() {
        return edges;
    }

    /** Edges that arrived for pins not enabled (after a disable, before the release completed). */
    synchronized long ignoredEdges() {
        return ignored;
    }

    private long status(int b) {
        long levelAsserted = levelMode[b] & ~(known[b] ^ assertHigh[b]);
        return (latched[b] | levelAsserted) & enabled[b];
    }

    private void update() {
        boolean now = false;
        for (int b = 0; b < enabled.length && !now; b++) {
            now = (status(b) & ~masked[b]) != 0;
        }
        if (now != asserted) {
            asserted = now;
            output.drive(now);
        }
    }
}
