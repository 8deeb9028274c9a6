package dev.gpioint.gpio;

import dev.gpioint.firmware.GpioIo;
import dev.gpioint.kernel.Irql;
import dev.gpioint.kernel.Verifier;
import dev.gpioint.status.NtStatus;
import dev.gpioint.status.NtStatusException;
import java.util.List;

/** One open GpioIo connection of a {@link GpioController}: checks access, then reads or writes through the client. */
final class GpioIoConnection implements GpioIoTarget {
    private final GpioController controller;
    private final long connectionId;
    private final GpioIo descriptor;
    private final GpioIoAccess access;
    private volatile boolean closed;

    GpioIoConnection(GpioController controller, long connectionId, GpioIo descriptor, GpioIoAccess access) {
        this.controller = controller;
        this.connectionId = connectionId;
        this.descriptor = descriptor;
        this.access = access;
    }

    GpioIo descriptor() {
        return descriptor;
    }

    @Override
    public long read() {
        check("IOCTL_GPIO_READ_PINS", access.canRead(), "read");
        return controller.readPins(descriptor.pins());
    }

    @Override
    public void write(long values) {
        check("IOCTL_GPIO_WRITE_PINS", access.canWrite(), "written");
        controller.writePins(descriptor.pins(), values);
    }

    private void check(String what, boolean allowed, String verb) {
        Verifier.requireIrql(Irql.PASSIVE, what);
        if (closed) {
            throw new NtStatusException(NtStatus.INVALID_DEVICE_STATE, "GpioIo connection " + connectionId + " is closed");
        }
        if (!allowed) {
            throw new NtStatusException(NtStatus.GPIO_OPERATION_DENIED, "GpioIo connection " + connectionId + " to pins "
                    + descriptor.pins() + " of " + controller.path() + " was opened for " + access + " and cannot be " + verb);
        }
    }

    @Override
    public List<Integer> pins() {
        return descriptor.pins();
    }

    @Override
    public long connectionId() {
        return connectionId;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            controller.closed(this);
        }
    }
}
