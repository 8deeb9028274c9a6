package dev.gpioint.sim;

import dev.gpioint.kernel.HardwareLock;
import dev.gpioint.kernel.Machine;
import dev.gpioint.kernel.MmioDevice;

/**
 * A test peripheral with several interrupt outputs, for checking delivery rather than function. Per output
 * {@code i} it has three registers at {@code i * 0x10}:
 * <ul>
 *   <li>{@code PENDING} (+0x0, read): how many requests output {@code i} still has; a level output is asserted
 *       while it is non-zero ({@link #raise});</li>
 *   <li>{@code ACK} (+0x4, write): acknowledges one pending request;</li>
 *   <li>{@code SEQ} (+0x8, read/write): a number whoever drives an edge writes first, so the driver can tell a
 *       lost, repeated or reordered delivery from a good one.</li>
 * </ul>
 * Edge outputs are not driven by the probe: a test drives their pins or lines itself. Thread-safe.
 */
public final class SimProbe implements MmioDevice {
    /** Bytes of registers per output. */
    public static final int STRIDE = 0x10;
    public static final int PENDING = 0x0;
    public static final int ACK = 0x4;
    public static final int SEQ = 0x8;

    private final HardwareLock lock;
    private final SignalSink[] levelOutputs;
    private final int[] pending;
    private final int[] sequence;
    private boolean unplugged;

    /**
     * Attaches the registers at {@code base}; {@code levelOutputs[i]} is output {@code i}'s wire (asserted =
     * true) if it is a level output, else null.
     */
    public SimProbe(Machine machine, String name, long base, SignalSink[] levelOutputs) {
        this.lock = new HardwareLock(machine);
        this.levelOutputs = levelOutputs.clone();
        this.pending = new int[levelOutputs.length];
        this.sequence = new int[levelOutputs.length];
        machine.memory().attach(base, Math.max(STRIDE, (long) STRIDE * levelOutputs.length), this, name);
    }

    public int outputs() {
        return pending.length;
    }

    /**
     * Surprise removal: every level output lets go and every register reads all ones from now on, as a bus reads
     * a device that is no longer there.
     */
    public void unplug() {
        lock.lock();
        try {
            unplugged = true;
            for (int i = 0; i < pending.length; i++) {
                pending[i] = 0;
                if (levelOutputs[i] != null) {
                    levelOutputs[i].drive(false);
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** Adds {@code count} pending requests to output {@code index}, asserting it if it is a level output. */
    public void raise(int index, int count) {
        check(index);
        lock.lock();
        try {
            if (unplugged) {
                return;
            }
            pending[index] += count;
            if (pending[index] > 0 && levelOutputs[index] != null) {
                levelOutputs[index].drive(true);
            }
        } finally {
            lock.unlock();
        }
    }

    /** Sets output {@code index}'s sequence register (what a driven edge carries). */
    public void setSequence(int index, int value) {
        check(index);
        lock.lock();
        try {
            sequence[index] = value;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public int read32(long offset) {
        int index = (int) (offset / STRIDE);
        if (index < 0 || index >= pending.length) {
            return 0;
        }
        lock.lock();
        try {
            if (unplugged) {
                return -1;
            }
            return switch ((int) (offset % STRIDE)) {
                case PENDING -> pending[index];
                case SEQ -> sequence[index];
                default -> 0;
            };
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void write32(long offset, int value) {
        int index = (int) (offset / STRIDE);
        if (index < 0 || index >= pending.length) {
            return;
        }
        lock.lock();
        try {
            if (unplugged) {
                return;
            }
            switch ((int) (offset % STRIDE)) {
                case ACK -> {
                    if (pending[index] > 0 && --pending[index] == 0 && levelOutputs[index] != null) {
                        levelOutputs[index].drive(false);
                    }
                }
                case SEQ -> sequence[index] = value;
                default -> {
                    // read-only or unused
                }
            }
        } finally {
            lock.unlock();
        }
    }

    private void check(int index) {
        if (index < 0 || index >= pending.length) {
            throw new IllegalArgumentException("the probe has outputs 0.." + (pending.length - 1) + ", not " + index);
        }
    }
}
