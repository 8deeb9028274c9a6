package dev.gpioint.sim;

import dev.gpioint.kernel.HardwareLock;
import dev.gpioint.kernel.Machine;
import dev.gpioint.kernel.MmioDevice;

/**
 * The register file of a simulated register-level bus controller (SPI, I2C): a few control registers and a
 * {@link DataWindow}, all behind one {@link HardwareLock}. Accesses to the window are answered here; the controller
 * answers the rest in {@link #readRegister} and {@link #writeRegister}, which run with the lock held, so a
 * controller never takes it itself for a register access.
 * <p>
 * The subclass attaches itself to the machine's memory once it is fully built (never from here: the machine
 * could reach it half-constructed).
 */
abstract class BusControllerRegisters implements MmioDevice {
    /** Guards every register, the window included; held while {@link #readRegister} and {@link #writeRegister} run. */
    protected final HardwareLock lock;
    protected final DataWindow data;

    BusControllerRegisters(Machine machine, int dataOffset, int dataCapacity) {
        this.lock = new HardwareLock(machine);
        this.data = new DataWindow(dataOffset, dataCapacity);
    }

    @Override
    public final int read32(long offset) {
        lock.lock();
        try {
            return data.contains(offset) ? data.read32(offset) : readRegister((int) offset);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public final void write32(long offset, int value) {
        lock.lock();
        try {
            if (data.contains(offset)) {
                data.write32(offset, value);
            } else {
                writeRegister((int) offset, value);
            }
        } finally {
            lock.unlock();
        }
    }

    /** The control register at {@code offset} (outside the window); 0 for an unused one. Runs with the lock held. */
    abstract int readRegister(int offset);

    /** Writes the control register at {@code offset} (outside the window); ignores a read-only or unused one. Runs with the lock held. */
    abstract void writeRegister(int offset, int value);
}
