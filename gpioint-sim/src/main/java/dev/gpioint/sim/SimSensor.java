package dev.gpioint.sim;

import dev.gpioint.kernel.HardwareLock;
import dev.gpioint.kernel.Machine;
import dev.gpioint.kernel.MmioDevice;

/**
 * A memory-mapped sensor with two interrupt outputs, the shape of many accelerometers: <b>data-ready</b>, a
 * level that is high while a sample waits, and <b>activity</b>, a falling edge (a short low pulse) on motion.
 * Registers: {@link #STATUS} (bit 0 data ready, bit 1 activity), {@link #ACK} (write 1 to clear a status bit;
 * clearing bit 0 drops data-ready), {@link #DATA} (the last sample). Each output can be wired to a GPIO pin or
 * straight to a primary interrupt line.
 */
public final class SimSensor implements MmioDevice {
    public static final int STATUS = 0x00;
    public static final int ACK = 0x04;
    public static final int DATA = 0x08;
    public static final int SIZE = 0x10;
    public static final int DATA_READY = 0x1;
    public static final int ACTIVITY = 0x2;

    private final SignalSink dataReady;
    private final SignalSink activity;
    private int status;
    private int data;
    private final HardwareLock lock;

    public SimSensor(Machine machine, String name, long base, SignalSink dataReady, SignalSink activity) {
        this.lock = new HardwareLock(machine);
        this.dataReady = dataReady;
        this.activity = activity;
        dataReady.drive(false);
        activity.drive(true);
        machine.memory().attach(base, SIZE, this, name);
    }

    /** A new sample: sets data-ready and raises its line. */
    public void produceSample(int value) {
        lock.lock();
        try {
            data = value;
            status |= DATA_READY;
            dataReady.drive(true);
        } finally {
            lock.unlock();
        }
    }

    /** Motion: sets the activity bit and pulses the activity line low. */
    public void signalActivity() {
        lock.lock();
        try {
            status |= ACTIVITY;
            activity.drive(false);
            activity.drive(true);
        } finally {
            lock.unlock();
        }
    }

    public int status() {
        lock.lock();
        try {
            return status;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public int read32(long offset) {
        lock.lock();
        try {
            return switch ((int) offset) {
                case STATUS -> status;
                case DATA -> data;
                default -> 0;
            };
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void write32(long offset, int value) {
        lock.lock();
        try {
            if (offset == ACK) {
                status &= ~value;
                if ((status & DATA_READY) == 0) {
                    dataReady.drive(false);
                }
            }
        } finally {
            lock.unlock();
        }
    }
}
