package dev.gpioint.cli;

import dev.gpioint.drivers.generic.ProbeDriver;
import dev.gpioint.firmware.Firmware;
import dev.gpioint.firmware.FirmwareDevice;
import dev.gpioint.firmware.GpioInt;
import dev.gpioint.firmware.I2cSerialBus;
import dev.gpioint.firmware.Interrupt;
import dev.gpioint.firmware.SpiSerialBus;
import dev.gpioint.firmware.UartSerialBus;
import dev.gpioint.pnp.DriverCatalog;
import java.util.LinkedHashSet;

/**
 * The built-in drivers plus the probe driver for what they leave: the probe serves the first ID of every present
 * device that has an interrupt resource or a serial-bus connection (I2C, SPI, UART) and none of whose IDs a
 * built-in driver serves. Added last, so a real driver always wins.
 */
final class Probing {
    private Probing() {
    }

    static DriverCatalog catalog(Firmware firmware, DriverCatalog builtIn) {
        var ids = new LinkedHashSet<String>();
        for (FirmwareDevice device : firmware.devices()) {
            if (!device.isPresentAndEnabled() || device.matchIds().isEmpty() || builtIn.match(device.matchIds()).isPresent()) {
                continue;
            }
            if (device.resources().stream().anyMatch(r -> r instanceof GpioInt || r instanceof Interrupt || r instanceof I2cSerialBus
                    || r instanceof SpiSerialBus || r instanceof UartSerialBus)) {
                ids.add(device.matchIds().getFirst());
            }
        }
        return ids.isEmpty() ? builtIn : builtIn.with(new ProbeDriver(java.util.List.copyOf(ids)));
    }
}
