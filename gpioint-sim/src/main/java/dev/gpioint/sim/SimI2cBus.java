package dev.gpioint.sim;

import java.util.HashMap;
import java.util.Map;

/**
 * A simulated I2C bus: targets by 7-bit address. Transfers complete at once in machine time (a simulation
 * choice: passive code on a deterministic machine cannot wait for time to pass). Thread-safe.
 */
public final class SimI2cBus {
    private final Map<Integer, I2cTarget> targets = new HashMap<>();
    private long transfers;

    /** Puts {@code target} at {@code address}. */
    public synchronized void attach(int address, I2cTarget target) {
        if (address < 0 || address > 0x7F) {
            throw new IllegalArgumentException("I2C address 0x" + Integer.toHexString(address) + " is not 7-bit");
        }
        if (targets.putIfAbsent(address, target) != null) {
            throw new IllegalArgumentException("I2C address 0x" + Integer.toHexString(address) + " is taken");
        }
    }

    /**
     * Writes {@code writeLength} bytes then reads {@code readLength} bytes from {@code address}. Returns false
     * when no target answers or the target NACKs.
     */
    public synchronized boolean transfer(int address, byte[] write, int writeLength, byte[] read, int readLength) {
        I2cTarget target = targets.get(address);
        if (target == null) {
            return false;
        }
        transfers++;
        if (writeLength > 0 && !target.write(write, 0, writeLength)) {
            return false;
        }
        return readLength == 0 || target.read(read, 0, readLength);
    }

    public synchronized long transferCount() {
        return transfers;
    }
}
