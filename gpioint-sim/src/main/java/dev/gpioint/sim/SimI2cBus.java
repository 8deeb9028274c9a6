package dev.gpioint.sim;

import dev.gpioint.kernel.HardwareLock;
import dev.gpioint.kernel.Machine;
import java.util.HashMap;
import java.util.Map;

/**
 * A simulated I2C bus: targets by 7-bit address. Transfers complete at once in machine time (a simulation
 * choice: passive code on a deterministic machine cannot wait for time to pass). Thread-safe on a realtime
 * machine; transfers are serialized by the bus's {@link HardwareLock}, and targets on the bus take their own
 * from {@link #machine()}.
 */
public final class SimI2cBus {
    private final Machine machine;
    private final HardwareLock lock;
    private final Map<Integer, I2cTarget> targets = new HashMap<>();
    private long transfers;

    public SimI2cBus(Machine machine) {
        this.machine = machine;
        this.lock = new HardwareLock(machine);
    }

    /** The machine the bus is part of. */
    public Machine machine() {
        return machine;
    }

    /** Puts {@code target} at {@code address}. */
    public void attach(int address, I2cTarget target) {
        lock.lock();
        try {
            if (address < 0 || address > 0x7F) {
                throw new IllegalArgumentException("I2C address 0x" + Integer.toHexString(address) + " is not 7-bit");
            }
            if (targets.putIfAbsent(address, target) != null) {
                throw new IllegalArgumentException("I2C address 0x" + Integer.toHexString(address) + " is taken");
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Writes {@code writeLength} bytes then reads {@code readLength} bytes from {@code address}. Returns false
     * when no target answers or the target NACKs.
     */
    public boolean transfer(int address, byte[] write, int writeLength, byte[] read, int readLength) {
        lock.lock();
        try {
            I2cTarget target = targets.get(address);
            if (target == null) {
                return false;
            }
            transfers++;
            if (writeLength > 0 && !target.write(write, 0, writeLength)) {
                return false;
            }
            return readLength == 0 || target.read(read, 0, readLength);
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
