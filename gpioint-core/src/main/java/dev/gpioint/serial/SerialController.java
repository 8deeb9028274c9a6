package dev.gpioint.serial;

import dev.gpioint.firmware.NamePath;
import dev.gpioint.firmware.UartSerialBus;
import dev.gpioint.kernel.Irql;
import dev.gpioint.kernel.Verifier;
import dev.gpioint.resource.ResourceList;
import dev.gpioint.status.NtStatus;
import dev.gpioint.status.NtStatusException;
import dev.gpioint.wdf.KmdfDeviceCallbacks;
import dev.gpioint.wdf.WdfDevice;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The serial class extension's work for one UART controller device (SerCx2-like): prepares the client, lets one
 * peripheral driver at a time open the port, keeps the port's line settings (programmed whole through the client,
 * checked against what SerCx2 itself supports first), and turns the client's receive-ready notification into the
 * completion of the client's pending wait. Configuration and writes are serialized at PASSIVE_LEVEL; reads and
 * waits may come up to DISPATCH_LEVEL.
 */
public final class SerialController implements KmdfDeviceCallbacks {
    private final WdfDevice device;
    private final SerialControllerClient client;
    private final ReentrantLock line = new ReentrantLock();
    private final AtomicReference<Runnable> pendingWait = new AtomicReference<>();
    private volatile Port open;
    private volatile UartSettings settings = UartSettings.RESET;
    private volatile boolean prepared;

    SerialController(WdfDevice device, SerialControllerClient client) {
        this.device = device;
        this.client = client;
    }

    public NamePath path() {
        return device.path();
    }

    @Override
    public void prepareHardware(WdfDevice wdfDevice, ResourceList raw, ResourceList translated) {
        client.prepare(wdfDevice, raw, translated, this);
        // EvtSerCx2ApplyConfig at initialization: the hardware starts in a known state.
        client.configure(UartSettings.RESET);
        settings = UartSettings.RESET;
        prepared = true;
    }

    @Override
    public void releaseHardware(WdfDevice wdfDevice, ResourceList translated) {
        prepared = false;
        Port port = open;
        if (port != null) {
            port.close();
        }
        client.release();
    }

    /**
     * Opens the port for {@code consumer} (a device path, for messages) through the connection {@code connection},
     * which names this controller. PASSIVE_LEVEL. Fails with STATUS_DEVICE_NOT_READY when the controller is not
     * started and STATUS_SHARING_VIOLATION while another connection has it open.
     */
    public synchronized SerialTarget open(long connectionId, UartSerialBus connection, String consumer) {
        Verifier.requireIrql(Irql.PASSIVE, "WdfIoTargetOpen");
        String what = consumer + " connection " + connectionId + " (" + connection.describe() + ")";
        if (!prepared) {
            throw new NtStatusException(NtStatus.DEVICE_NOT_READY, what + ": controller " + path() + " is not started");
        }
        if (open != null) {
            throw new NtStatusException(NtStatus.SHARING_VIOLATION, what + ": " + path() + " is already open by " + open.what);
        }
        open = new Port(connectionId, connection, what);
        return open;
    }

    /** The port's open target, if a driver has it open (for tools that act as that driver does). */
    public Optional<SerialTarget> openTarget() {
        return Optional.ofNullable(open);
    }

    /**
     * {@code SerCx2PioReceiveReady}: the client's DPC reports, once per armed notification, that received data is
     * waiting. Completes the pending wait, if any. At most DISPATCH_LEVEL.
     */
    public void receiveReady() {
        Verifier.requireIrqlAtMost(Irql.DISPATCH, "SerCx2PioReceiveReady");
        Runnable completion = pendingWait.getAndSet(null);
        if (completion != null) {
            completion.run();
        }
    }

    private synchronized void closed(Port port) {
        if (open == port) {
            open = null;
        }
    }

    private final class Port implements SerialTarget {
        private final long connectionId;
        private final UartSerialBus connection;
        private final String what;
        private volatile boolean closed;

        Port(long connectionId, UartSerialBus connection, String what) {
            this.connectionId = connectionId;
            this.connection = connection;
            this.what = what;
        }

        @Override
        public long connectionId() {
            return connectionId;
        }

        @Override
        public UartSerialBus connection() {
            return connection;
        }

        @Override
        public UartSettings settings() {
            return settings;
        }

        @Override
        public void applyDefaultConfiguration() {
            UartSettings wanted;
            try {
                wanted = UartSettings.of(connection);
            } catch (IllegalArgumentException notASetting) {
                throw new NtStatusException(NtStatus.INVALID_PARAMETER, what + ": IOCTL_SERIAL_APPLY_DEFAULT_CONFIGURATION: "
                        + notASetting.getMessage());
            }
            configure("IOCTL_SERIAL_APPLY_DEFAULT_CONFIGURATION", () -> wanted);
        }

        @Override
        public void setBaudRate(long baudRate) {
            configure("IOCTL_SERIAL_SET_BAUD_RATE", () -> settings.withBaudRate(baudRate));
        }

        @Override
        public void setLineControl(int dataBits, UartSettings.Parity parity, UartSettings.StopBits stopBits) {
            configure("IOCTL_SERIAL_SET_LINE_CONTROL", () -> settings.withLineControl(dataBits, parity, stopBits));
        }

        @Override
        public void setFlowControl(UartSettings.FlowControl flowControl) {
            configure("IOCTL_SERIAL_SET_HANDFLOW", () -> settings.withFlowControl(flowControl));
        }

        private void configure(String request, java.util.function.Supplier<UartSettings> change) {
            Verifier.requireIrql(Irql.PASSIVE, request);
            requireOpen();
            line.lock();
            try {
                UartSettings wanted;
                try {
                    wanted = change.get();
                } catch (IllegalArgumentException notASetting) {
                    throw new NtStatusException(NtStatus.INVALID_PARAMETER, what + ": " + request + ": " + notASetting.getMessage());
                }
                if (wanted.flowControl() == UartSettings.FlowControl.XON_XOFF) {
                    throw new NtStatusException(NtStatus.NOT_SUPPORTED, what + ": " + request
                            + ": SerCx2 does not implement software (XON/XOFF) flow control");
                }
                try {
                    client.configure(wanted);
                } catch (NtStatusException refused) {
                    throw new NtStatusException(refused.status(), what + ": " + request + ": " + path() + " cannot do "
                            + wanted + ": " + refused.reason());
                }
                settings = wanted;
            } finally {
                line.unlock();
            }
        }

        @Override
        public int write(byte[] data, int offset, int length) {
            Verifier.requireIrql(Irql.PASSIVE, "IRP_MJ_WRITE");
            requireOpen();
            java.util.Objects.checkFromIndexSize(offset, length, data.length);
            line.lock();
            try {
                int written = 0;
                while (written < length) {
                    int moved = client.transmit(data, offset + written, length - written);
                    if (moved <= 0) {
                        break; // the transmit FIFO takes no more: the request completes with what was written
                    }
                    written += moved;
                }
                return written;
            } finally {
                line.unlock();
            }
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            Verifier.requireIrqlAtMost(Irql.DISPATCH, "IRP_MJ_READ");
            requireOpen();
            java.util.Objects.checkFromIndexSize(offset, length, buffer.length);
            return client.receive(buffer, offset, length);
        }

        @Override
        public void waitOnReceive(Runnable completion) {
            Verifier.requireIrqlAtMost(Irql.DISPATCH, "IOCTL_SERIAL_WAIT_ON_MASK");
            requireOpen();
            java.util.Objects.requireNonNull(completion, "completion");
            if (!pendingWait.compareAndSet(null, completion)) {
                throw new NtStatusException(NtStatus.INVALID_PARAMETER, what + ": IOCTL_SERIAL_WAIT_ON_MASK: a wait is already pending");
            }
            client.enableReceiveReadyNotification();
        }

        private void requireOpen() {
            if (closed) {
                throw new NtStatusException(NtStatus.INVALID_DEVICE_STATE, what + " is closed");
            }
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                if (pendingWait.getAndSet(null) != null) {
                    client.cancelReceiveReadyNotification();
                }
                closed(this);
            }
        }
    }
}
