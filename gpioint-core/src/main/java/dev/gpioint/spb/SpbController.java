package dev.gpioint.spb;

import dev.gpioint.firmware.I2cSerialBus;
import dev.gpioint.firmware.NamePath;
import dev.gpioint.kernel.Irql;
import dev.gpioint.kernel.Verifier;
import dev.gpioint.resource.ResourceList;
import dev.gpioint.status.NtStatus;
import dev.gpioint.status.NtStatusException;
import dev.gpioint.wdf.KmdfDeviceCallbacks;
import dev.gpioint.wdf.WdfDevice;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The SPB class extension's work for one controller device (SpbCx-like): prepares the client and opens targets
 * on it for peripheral drivers, one open connection per target, serializing transfers.
 */
public final class SpbController implements KmdfDeviceCallbacks {
    private final WdfDevice device;
    private final SpbControllerClient client;
    private final ReentrantLock bus = new ReentrantLock();
    private final Set<Long> open = new HashSet<>();
    private volatile boolean prepared;

    SpbController(WdfDevice device, SpbControllerClient client) {
        this.device = device;
        this.client = client;
    }

    public NamePath path() {
        return device.path();
    }

    @Override
    public void prepareHardware(WdfDevice wdfDevice, ResourceList raw, ResourceList translated) {
        client.prepare(wdfDevice, raw, translated);
        prepared = true;
    }

    @Override
    public void releaseHardware(WdfDevice wdfDevice, ResourceList translated) {
        prepared = false;
        client.release();
    }

    /** Opens the target a connection describes; refused when it is already open. PASSIVE_LEVEL. */
    public synchronized SpbTarget open(long connectionId, I2cSerialBus connection) {
        Verifier.requireIrql(Irql.PASSIVE, "WdfIoTargetOpen");
        if (!prepared) {
            throw new NtStatusException(NtStatus.DEVICE_NOT_READY, "I2C controller " + path() + " is not started");
        }
        if (!open.add(connectionId)) {
            throw new NtStatusException(NtStatus.SHARING_VIOLATION, "connection " + connectionId + " to I2C address 0x"
                    + Integer.toHexString(connection.address()) + " on " + path() + " is already open");
        }
        return new Target(connectionId, connection.address());
    }

    private synchronized void closed(long connectionId) {
        open.remove(connectionId);
    }

    private final class Target implements SpbTarget {
        private final long connectionId;
        private final int address;
        private volatile boolean closed;

        Target(long connectionId, int address) {
            this.connectionId = connectionId;
            this.address = address;
        }

        @Override
        public void write(byte[] data, int offset, int length) {
            transfer("write", data, offset, length, data, 0, 0);
        }

        @Override
        public void read(byte[] buffer, int offset, int length) {
            transfer("read", buffer, 0, 0, buffer, offset, length);
        }

        @Override
        public void writeRead(byte[] write, int writeOffset, int writeLength, byte[] read, int readOffset, int readLength) {
            transfer("write-read", write, writeOffset, writeLength, read, readOffset, readLength);
        }

        private void transfer(String what, byte[] write, int writeOffset, int writeLength, byte[] read, int readOffset, int readLength) {
            Verifier.requireIrql(Irql.PASSIVE, "SPB " + what);
            if (closed) {
                throw new NtStatusException(NtStatus.INVALID_DEVICE_STATE, "the connection to I2C address 0x" + Integer.toHexString(address) + " is closed");
            }
            bus.lock();
            try {
                if (!client.transfer(address, write, writeOffset, writeLength, read, readOffset, readLength)) {
                    throw new NtStatusException(NtStatus.IO_DEVICE_ERROR, "I2C " + what + " at address 0x" + Integer.toHexString(address)
                            + " on " + path() + " was not acknowledged");
                }
            } finally {
                bus.unlock();
            }
        }

        @Override
        public long connectionId() {
            return connectionId;
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                closed(connectionId);
            }
        }
    }
}
