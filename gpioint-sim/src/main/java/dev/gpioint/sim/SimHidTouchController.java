package dev.gpioint.sim;

import dev.gpioint.kernel.HardwareLock;
import java.util.ArrayDeque;

/**
 * A HID-over-I2C touch controller, reduced to what its interrupt path needs: a 2-byte register pointer; the
 * HID descriptor at register {@link #HID_DESCRIPTOR_REGISTER} (30 bytes, wMaxInputLength at offset 10); and an
 * input report queue read without a register write (the HID-over-I2C input read). Each report is
 * {@code length(2, LE), report id 1, tip switch, x(2, LE), y(2, LE)}. The interrupt line is level, active low as
 * the protocol asks (or active high, for a board whose firmware says so), asserted while a report waits: reading the
 * last report releases it.
 */
public final class SimHidTouchController implements I2cTarget {
    public static final int HID_DESCRIPTOR_REGISTER = 0x0001;
    public static final int REPORT_LENGTH = 8;

    private final SignalSink interrupt;
    private final boolean activeHigh;
    private final ArrayDeque<byte[]> reports = new ArrayDeque<>();
    private int register = -1;
    private final HardwareLock lock;

    /** A controller whose interrupt line is active low, as the HID over I2C protocol asks. */
    public SimHidTouchController(SimI2cBus bus, int address, SignalSink interrupt) {
        this(bus, address, interrupt, false);
    }

    /** A controller whose interrupt line is active high when {@code activeHigh}. */
    public SimHidTouchController(SimI2cBus bus, int address, SignalSink interrupt, boolean activeHigh) {
        this.lock = new HardwareLock(bus.machine());
        this.interrupt = interrupt;
        this.activeHigh = activeHigh;
        interrupt.drive(!activeHigh);
        bus.attach(address, this);
    }

    /** A contact at (x, y) (tip down) or its lift (tip up). */
    public void report(boolean tip, int x, int y) {
        lock.lock();
        try {
            reports.addLast(new byte[] {REPORT_LENGTH, 0, 1, (byte) (tip ? 1 : 0), (byte) x, (byte) (x >> 8), (byte) y, (byte) (y >> 8)});
            interrupt.drive(activeHigh);
        } finally {
            lock.unlock();
        }
    }

    public int pendingReports() {
        lock.lock();
        try {
            return reports.size();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean write(byte[] data, int offset, int length) {
        lock.lock();
        try {
            if (length < 2) {
                return false;
            }
            register = (data[offset] & 0xFF) | (data[offset + 1] & 0xFF) << 8;
            return true;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean read(byte[] buffer, int offset, int length) {
        lock.lock();
        try {
            if (register == HID_DESCRIPTOR_REGISTER) {
                register = -1;
                java.util.Arrays.fill(buffer, offset, offset + length, (byte) 0);
                if (length > 0) {
                    buffer[offset] = 30;
                }
                if (length > 11) {
                    buffer[offset + 10] = REPORT_LENGTH;
                }
                return true;
            }
            register = -1;
            byte[] next = reports.pollFirst();
            if (next == null) {
                java.util.Arrays.fill(buffer, offset, offset + length, (byte) 0); // an empty report: length 0
            } else {
                System.arraycopy(next, 0, buffer, offset, Math.min(length, next.length));
            }
            if (reports.isEmpty()) {
                interrupt.drive(!activeHigh);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }
}
