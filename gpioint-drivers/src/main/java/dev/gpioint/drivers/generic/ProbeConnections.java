package dev.gpioint.drivers.generic;

import dev.gpioint.firmware.FirmwareResource;
import dev.gpioint.firmware.I2cSerialBus;
import dev.gpioint.firmware.SpiSerialBus;
import dev.gpioint.firmware.UartSerialBus;
import dev.gpioint.resource.ConnectionClass;
import dev.gpioint.resource.ResourceData;
import dev.gpioint.resource.ResourceDescriptor;
import dev.gpioint.resource.ResourceList;
import dev.gpioint.serial.SerialTarget;
import dev.gpioint.spb.SpbTarget;
import dev.gpioint.status.NtStatusException;
import dev.gpioint.wdf.WdfDevice;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A probed device's serial-bus connections (I2C, SPI, UART): each is opened when the device is prepared, as its own
 * driver would open it, and the outcome reported: the connection and its settings, or why it could not be opened
 * (its controller is not started, or refuses it). A connection that does not open leaves the device running. A UART
 * port gets the settings of its UartSerialBusV2 descriptor ({@code IOCTL_SERIAL_APPLY_DEFAULT_CONFIGURATION}) and a
 * standing wait for received data; what arrives is reported. Everything is closed when the device is released.
 */
final class ProbeConnections {
    private static final int RECEIVE_BUFFER = 256;

    private final List<SpbTarget> spb = new ArrayList<>();
    private final List<Port> ports = new ArrayList<>();

    /** Opens every serial-bus connection in {@code translated}, in firmware order. PASSIVE_LEVEL. */
    void open(WdfDevice device, ResourceList translated) {
        for (ResourceDescriptor descriptor : translated) {
            if (descriptor.data() instanceof ResourceData.ConnectionData connection && connection.connectionClass() == ConnectionClass.SERIAL) {
                open(device, connection.id());
            }
        }
    }

    private void open(WdfDevice device, long id) {
        try {
            FirmwareResource properties = device.queryConnectionProperties(id);
            switch (properties) {
                case I2cSerialBus i2c -> {
                    spb.add(device.openSpbConnection(id));
                    device.report("opened connection " + id + ": " + i2c.describe());
                }
                case SpiSerialBus spi -> {
                    spb.add(device.openSpbConnection(id));
                    device.report("opened connection " + id + ": " + spi.describe());
                }
                case UartSerialBus uart -> {
                    SerialTarget target = device.openSerialConnection(id);
                    try {
                        target.applyDefaultConfiguration();
                    } catch (NtStatusException refused) {
                        target.close();
                        throw refused;
                    }
                    var port = new Port(device, target);
                    ports.add(port);
                    device.report("opened connection " + id + ": " + uart.kind() + " to " + uart.controller() + " at " + target.settings());
                    port.listen();
                }
                default -> device.report("connection " + id + " is a " + properties.kind() + ": not opened");
            }
        } catch (NtStatusException failed) {
            device.report("connection " + id + " not opened: " + failed.getMessage());
        }
    }

    /** The open I2C and SPI targets, in firmware order. */
    List<SpbTarget> spbTargets() {
        return List.copyOf(spb);
    }

    /** The open serial ports, in firmware order. */
    List<SerialTarget> serialTargets() {
        return ports.stream().map(p -> p.target).toList();
    }

    /** Closes everything. PASSIVE_LEVEL. */
    void close() {
        spb.forEach(SpbTarget::close);
        spb.clear();
        ports.forEach(p -> p.target.close());
        ports.clear();
    }

    /** An open port with a standing wait: each completion reads what has arrived, reports it and waits again. */
    private static final class Port {
        private final WdfDevice device;
        private final SerialTarget target;
        private final byte[] received = new byte[RECEIVE_BUFFER];

        Port(WdfDevice device, SerialTarget target) {
            this.device = device;
            this.target = target;
        }

        void listen() {
            target.waitOnReceive(this::receivedSomething);
        }

        /** At DISPATCH_LEVEL, from the controller's DPC. */
        private void receivedSomething() {
            int count = target.read(received, 0, received.length);
            if (count > 0) {
                device.report("received " + count + " byte" + (count == 1 ? "" : "s") + " on connection " + target.connectionId() + ": "
                        + HexFormat.ofDelimiter(" ").formatHex(received, 0, count));
            }
            try {
                listen();
            } catch (NtStatusException closed) {
                // the port was closed meanwhile: nothing more to hear
            }
        }
    }
}
