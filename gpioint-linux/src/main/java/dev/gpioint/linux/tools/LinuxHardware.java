package dev.gpioint.linux.tools;

import dev.gpioint.driver.Driver;
import dev.gpioint.firmware.Firmware;
import dev.gpioint.firmware.FirmwareDevice;
import dev.gpioint.kernel.IdlePolicy;
import dev.gpioint.kernel.Machine;
import dev.gpioint.kernel.MachineOptions;
import dev.gpioint.linux.client.ChipBindings;
import dev.gpioint.linux.client.LinuxGpioDriver;
import dev.gpioint.linux.probe.IsrProbeDriver;
import dev.gpioint.pnp.DriverCatalog;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code gpioint run FIRMWARE --hardware linux} needs: a realtime machine (real edges arrive in real
 * time), and a driver catalog in which every controller the board binds to a gpiochip is driven by
 * {@link LinuxGpioDriver} (placed first, so it wins over a simulated controller's driver with the same
 * hardware ID), followed by the ISR probe driver and the caller's drivers. Devices, drivers and the class
 * extension are otherwise exactly those of a simulated run.
 */
public final class LinuxHardware {
    private LinuxHardware() {
    }

    /** The result of binding a board to this machine's gpiochips. */
    public record Binding(DriverCatalog catalog, LinuxGpioDriver gpioDriver, ChipBindings chips) {
    }

    /** A realtime machine with parked idle processors: no CPU burnt while waiting for edges. */
    public static Machine machine(int processors) {
        return Machine.create(MachineOptions.realtime(processors, IdlePolicy.PARK));
    }

    /**
     * Binds {@code firmware}'s controllers to chips: the {@code _DSD} {@value ChipBindings#PROPERTY} property of
     * each controller, overridden by {@code extra} (from the command line, {@code \_SB.GPO0=gpio-sim.0-node0}).
     */
    public static Binding bind(Machine machine, Firmware firmware, List<String> extra, DriverCatalog base) {
        ChipBindings chips = ChipBindings.fromFirmware(firmware);
        for (String binding : extra) {
            var entry = ChipBindings.parse(binding);
            if (firmware.device(entry.controller()).isEmpty()) {
                throw new IllegalArgumentException("chip binding " + binding + ": " + firmware.origin() + " has no device " + entry.controller());
            }
            chips = chips.with(entry.controller(), entry.chip());
        }
        var ids = new ArrayList<String>();
        for (var controller : chips.chips().keySet()) {
            FirmwareDevice device = firmware.device(controller).orElseThrow();
            device.hardwareId().ifPresent(ids::add);
        }
        var gpio = new LinuxGpioDriver(machine, chips, ids);
        var drivers = new ArrayList<Driver>();
        drivers.add(gpio);
        drivers.add(new IsrProbeDriver());
        drivers.addAll(base.drivers());
        return new Binding(DriverCatalog.of(drivers), gpio, chips);
    }
}
