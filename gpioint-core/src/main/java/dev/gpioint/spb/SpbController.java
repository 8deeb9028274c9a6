package dev.gpioint.spb;

import dev.gpioint.firmware.FirmwareResource;
import dev.gpioint.firmware.I2cSerialBus;
import dev.gpioint.firmware.NamePath;
import dev.gpioint.firmware.SpiSerialBus;
import dev.gpioint.kernel.Irql;
import dev.gpioint.kernel.Verifier;
import dev.gpioint.resource.ResourceList;
import dev.gpioint.status.NtStatus;
import dev.gpioint.status.NtStatusException;
import dev.gpioint.wdf.KmdfDeviceCallbacks;
import dev.gpioint.wdf.WdfDevice;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The SPB class extension's work for one controller device (SpbCx-like, I2C or SPI): prepares the client and opens
 * targets on it for peripheral drivers, one open connection per connection ID, each accepted by the client
 * ({@code EvtSpbTargetConnect}) before it is used; serializes transfers. A refused connection or request fails
 * with the client's status and a message naming the consumer, the connection and the controller.
 */
public final class SpbController implements KmdfDeviceCallbacks {
    private final WdfDevice device;
    private final SpbControllerClient client;
    private final ReentrantLock bus = new ReentrantLock();
    private final Map<Long, Target> open = new HashMap<>();
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

    /**
     * Opens the target {@code connection} (an I2cSerialBus or SpiSerialBus naming this controller) describes for
     * {@code consumer} (a device path, or what else opens it, for messages). PASSIVE_LEVEL. Fails with
     * STATUS_DEVICE_NOT_READY when the controller is not started, STATUS_SHARING_VIOLATION when the connection is
     * already open, and whatever the client refuses the target with.
     */
    public synchronized SpbTarget open(long connectionId, FirmwareResource connection, String consumer) {
        Verifier.requireIrql(Irql.PASSIVE, "WdfIoTargetOpen");
        String what = consumer + " connection " + connectionId + " (" + describe(connection) + ")";
        if (!(connection instanceof I2cSerialBus) && !(connection instanceof SpiSerialBus)) {
            throw new NtStatusException(NtStatus.INVALID_PARAMETER, what + ": not a simple peripheral bus connection");
        }
        if (!prepared) {
            throw new NtStatusException(NtStatus.DEVICE_NOT_READY, what + ": controller " + path() + " is not started");
        }
        if (open.containsKey(connectionId)) {
            throw new NtStatusException(NtStatus.SHARING_VIOLATION, what + " is already open");
        }
        try {
            client.connectTarget(connection);
        } catch (NtStatusException refused) {
            throw new NtStatusException(refused.status(), what + ": " + path() + " refuses it: " + refused.reason());
        }
        var target = new Target(connectionId, connection, what);
        open.put(connectionId, target);
        return target;
    }

    /** Opens an I2C target for a firmware operation region's one transfer. */
    public SpbTarget open(long connectionId, I2cSerialBus connection) {
        return open(connectionId, connection, "a firmware operation region's");
    }

    /** The target open on connection {@code connectionId}, if any: what a driver holds (for tools that act as it does). */
    public synchronized Optional<SpbTarget> openTarget(long connectionId) {
        return Optional.ofNullable(open.get(connectionId));
    }

    private synchronized void closed(long connectionId) {
        open.remove(connectionId);
    }

    private static String describe(FirmwareResource connection) {
        return switch (connection) {
            case I2cSerialBus i2c -> i2c.describe();
            case SpiSerialBus spi -> spi.describe();
            default -> connection.kind();
        };
    }

    private final class Target implements SpbTarget {
        private final long connectionId;
        private final FirmwareResource connection;
        private final String what;
        /** Bytes per SPI word (1, 2 or 4); 1 for I2C. */
        private final int wordBytes;
        private volatile boolean closed;

        Target(long connectionId, FirmwareResource connection, String what) {
            this.connectionId = connectionId;
            this.connection = connection;
            this.what = what;
            this.wordBytes = connection instanceof SpiSerialBus spi ? wordBytes(spi.dataBitLength()) : 1;
        }

        @Override
        public void write(byte[] data, int offset, int length) {
            transfer("write", data, offset, length, data, 0, 0, false);
        }

        @Override
        public void read(byte[] buffer, int offset, int length) {
            transfer("read", buffer, 0, 0, buffer, offset, length, false);
        }

        @Override
        public void writeRead(byte[] write, int writeOffset, int writeLength, byte[] read, int readOffset, int readLength) {
            transfer("write-read", write, writeOffset, writeLength, read, readOffset, readLength, false);
        }

        @Override
        public long fullDuplex(byte[] write, int writeOffset, int writeLength, byte[] read, int readOffset, int readLength) {
            if (!(connection instanceof SpiSerialBus)) {
                // The I2C controller driver has no EvtSpbControllerIoOther for IOCTL_SPB_FULL_DUPLEX.
                throw new NtStatusException(NtStatus.NOT_SUPPORTED, what + ": full-duplex transfers are SPI only");
            }
            transfer("full-duplex", write, writeOffset, writeLength, read, readOffset, readLength, true);
            return (long) writeLength + readLength;
        }

        private void transfer(String request, byte[] write, int writeOffset, int writeLength, byte[] read, int readOffset,
                              int readLength, boolean fullDuplex) {
            Verifier.requireIrql(Irql.PASSIVE, "SPB " + request);
            if (closed) {
                throw new NtStatusException(NtStatus.INVALID_DEVICE_STATE, what + " is closed");
            }
            if (writeLength < 0 || readLength < 0 || writeOffset < 0 || readOffset < 0
                    || writeOffset + writeLength > write.length || readOffset + readLength > read.length) {
                throw new NtStatusException(NtStatus.INVALID_PARAMETER, what + ": the " + request + " buffers do not hold the lengths given");
            }
            if (writeLength % wordBytes != 0 || readLength % wordBytes != 0) {
                throw new NtStatusException(NtStatus.INVALID_PARAMETER, what + ": a " + request + " of " + writeLength + "+"
                        + readLength + " bytes is not whole " + ((SpiSerialBus) connection).dataBitLength() + "-bit words ("
                        + wordBytes + " bytes each)");
            }
            boolean acknowledged = true;
            bus.lock();
            try {
                switch (connection) {
                    case SpiSerialBus spi -> client.spiTransfer(spi, write, writeOffset, writeLength, read, readOffset, readLength, fullDuplex);
                    case I2cSerialBus i2c -> acknowledged = client.transfer(i2c.address(), write, writeOffset, writeLength, read,
                            readOffset, readLength);
                    default -> throw new IllegalStateException("not a bus connection: " + connection.kind());
                }
            } catch (NtStatusException refused) {
                throw new NtStatusException(refused.status(), what + ": " + request + ": " + refused.reason());
            } finally {
                bus.unlock();
            }
            if (!acknowledged) {
                throw new NtStatusException(NtStatus.IO_DEVICE_ERROR, what + ": I2C " + request + " was not acknowledged");
            }
        }

        @Override
        public long connectionId() {
            return connectionId;
        }

        @Override
        public FirmwareResource connection() {
            return connection;
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                closed(connectionId);
            }
        }
    }

    /** Bytes an SPI word of {@code bits} takes in a buffer: 1 up to 8 bits, 2 up to 16, else 4. */
    static int wordBytes(int bits) {
        return bits <= 8 ? 1 : bits <= 16 ? 2 : 4;
    }
}
