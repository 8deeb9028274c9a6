package dev.gpioint.pnp;

import dev.gpioint.firmware.GpioIo;
import dev.gpioint.firmware.I2cSerialBus;
import dev.gpioint.firmware.PlatformRegions;
import dev.gpioint.gpio.GpioController;
import dev.gpioint.gpio.GpioIoAccess;
import dev.gpioint.gpio.GpioIoTarget;
import dev.gpioint.spb.SpbController;
import dev.gpioint.spb.SpbTarget;
import dev.gpioint.status.NtStatus;
import dev.gpioint.status.NtStatusException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Firmware operation regions served by the PnP manager's started controllers: a GeneralPurposeIo access opens
 * its connection's pins on the GPIO controller, a GenericSerialBus access opens an I2C target on the SPB
 * controller, for the one transfer. The connections get IDs of their own, below every resource-hub ID, so
 * they never collide with a driver's.
 */
final class MachineRegions implements PlatformRegions {
    private final PnpManager pnp;
    private final AtomicLong ids = new AtomicLong(Long.MIN_VALUE);

    MachineRegions(PnpManager pnp) {
        this.pnp = pnp;
    }

    @Override
    public long readGpio(GpioIo connection) {
        try (GpioIoTarget target = gpio(connection).openIo(ids.incrementAndGet(), connection, GpioIoAccess.READ)) {
            return target.read();
        }
    }

    @Override
    public void writeGpio(GpioIo connection, long values) {
        try (GpioIoTarget target = gpio(connection).openIo(ids.incrementAndGet(), connection, GpioIoAccess.WRITE)) {
            target.write(values);
        }
    }

    @Override
    public byte[] i2c(I2cSerialBus connection, byte[] write, int readLength) {
        SpbController controller = pnp.spbController(connection.controller()).orElseThrow(() -> new NtStatusException(
                NtStatus.DEVICE_NOT_READY, "I2C controller " + connection.controller() + " is not started"));
        byte[] read = new byte[readLength];
        try (SpbTarget target = controller.open(ids.incrementAndGet(), connection)) {
            if (readLength == 0) {
                target.write(write, 0, write.length);
            } else if (write.length == 0) {
                target.read(read, 0, readLength);
            } else {
                target.writeRead(write, 0, write.length, read, 0, readLength);
            }
        }
        return read;
    }

    private GpioController gpio(GpioIo connection) {
        return pnp.gpioController(connection.controller()).orElseThrow(() -> new NtStatusException(NtStatus.DEVICE_NOT_READY,
                "GPIO controller " + connection.controller() + " is not started"));
    }
}
