package dev.gpioint.sim;

import dev.gpioint.kernel.HardwareLock;

/**
 * An I2C accelerometer with two interrupt outputs: data-ready (level, high while a sample waits) and activity
 * (a falling edge on motion). Registers (8-bit pointer): {@link #STATUS} (bit 0 data ready, bit 1 activity),
 * {@link #ACK} (write 1 to clear a bit), {@link #X} to {@link #X}+5 (x, y, z as 16-bit little-endian).
 */
public final class SimI2cAccelerometer implements I2cTarget {
    public static final int STATUS = 0x00;
    public static final int ACK = 0x01;
    public static final int X = 0x02;
    public static final int DATA_READY = 0x1;
    public static final int ACTIVITY = 0x2;

    private final SignalSink dataReady;
    private final SignalSink activity;
    private final byte[] registers = new byte[8];
    private int pointer;
    private final HardwareLock lock;

    public SimI2cAccelerometer(SimI2cBus bus, int address, SignalSink dataReady, SignalSink activity) {
        this.lock = new HardwareLock(bus.machine());
        this.dataReady = dataReady;
        this.activity = activity;
        dataReady.drive(false);
        activity.drive(true);
        bus.attach(address, this);
    }

    public void sample(int x, int y, int z) {
        lock.lock();
        try {
            int[] axes = {x, y, z};
            for (int i = 0; i < 3; i++) {
                registers[X + 2 * i] = (byte) axes[i];
                registers[X + 2 * i + 1] = (byte) (axes[i] >> 8);
            }
            registers[STATUS] |= DATA_READY;
            dataReady.drive(true);
        } finally {
            lock.unlock();
        }
    }

    public void shake() {
        lock.lock();
        try {
            registers[STATUS] |= ACTIVITY;
            activity.drive(false);
            activity.drive(true);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean write(byte[] data, int offset, int length) {
        lock.lock();
        try {
            if (length == 0) {
                return true;
            }
            pointer = data[offset] & 0xFF;
            if (length > 1 && pointer == ACK) {
                registers[STATUS] &= (byte) ~data[offset + 1];
                if ((registers[STATUS] & DATA_READY) == 0) {
                    dataReady.drive(false);
                }
            }
            return pointer < registers.length;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean read(byte[] buffer, int offset, int length) {
        lock.lock();
        try {
            for (int i = 0; i < length; i++) {
                int at = pointer + i;
                if (at >= registers.length) {
                    return false;
                }
                buffer[offset + i] = registers[at];
            }
            return true;
        } finally {
            lock.unlock();
        }
    }
}
