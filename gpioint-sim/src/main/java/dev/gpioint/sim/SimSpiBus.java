package dev.gpioint.sim;

import dev.gpioint.kernel.HardwareLock;
import dev.gpioint.kernel.Machine;
import java.util.HashMap;
import java.util.Map;

/**
 * A simulated SPI bus: targets by chip select. A transfer completes at once in machine time (as on the simulated
 * I2C bus). A chip select with no target, or whose target cannot follow the clock or mode, reads {@link #FLOATING}:
 * SPI has no acknowledge, so the controller cannot tell. Transfers are serialized by the bus's
 * {@link HardwareLock}.
 */
public final class SimSpiBus {
    /** What the data-in line reads with no target driving it (pulled up). */
    public static final int FLOATING = 0xFF;

    private final Machine machine;
    private final HardwareLock lock;
    private final Map<Integer, SpiTarget> targets = new HashMap<>();
    private long transfers;

    public SimSpiBus(Machine machine) {
        this.machine = machine;
        this.lock = new HardwareLock(machine);
    }

    public Machine machine() {
        return machine;
    }

    /** Puts {@code target} behind chip select {@code chipSelect}. */
    public void attach(int chipSelect, SpiTarget target) {
        lock.lock();
        try {
            if (targets.putIfAbsent(chipSelect, target) != null) {
                throw new IllegalArgumentException("chip select " + chipSelect + " already has a target");
            }
        } finally {
            lock.unlock();
        }
    }

    /** Whether a target sits behind {@code chipSelect}. */
    public boolean hasTarget(int chipSelect) {
        lock.lock();
        try {
            return targets.containsKey(chipSelect);
        } finally {
            lock.unlock();
        }
    }

    /**
     * One transfer with {@code chipSelect} asserted: full duplex, {@code max(writeLength, readLength)} bytes with the
     * first written as the first is read; otherwise {@code writeLength} bytes written then {@code readLength} read.
     * Zeros are sent where there is nothing to write; received bytes beyond {@code readLength} are dropped.
     */
    public void transfer(int chipSelect, long clockHz, int mode, int wordBits, byte[] write, int writeLength, byte[] read,
                         int readLength, boolean fullDuplex) {
        lock.lock();
        try {
            transfers++;
            SpiTarget target = targets.get(chipSelect);
            boolean listening = target != null && target.select(clockHz, mode, wordBits);
            int clocked = fullDuplex ? Math.max(writeLength, readLength) : writeLength + readLength;
            for (int i = 0; i < clocked; i++) {
                int out;
                int in;
                if (fullDuplex) {
                    out = i < writeLength ? write[i] & 0xFF : 0;
                    in = i;
                } else {
                    out = i < writeLength ? write[i] & 0xFF : 0;
                    in = i - writeLength;
                }
                int answer = listening ? target.exchange(out) & 0xFF : FLOATING;
                if (in >= 0 && in < readLength) {
                    read[in] = (byte) answer;
                }
            }
            if (listening) {
                target.deselect();
            }
        } finally {
            lock.unlock();
        }
    }

    public long transferCount() {
        lock.lock();
        try {
            return transfers;
        } finally {
            lock.unlock();
        }
    }
}
