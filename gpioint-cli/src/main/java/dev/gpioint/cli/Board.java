package dev.gpioint.cli;

import dev.gpioint.firmware.Firmware;
import dev.gpioint.kernel.IdlePolicy;
import dev.gpioint.kernel.Machine;
import dev.gpioint.kernel.MachineOptions;
import dev.gpioint.pnp.DriverCatalog;
import dev.gpioint.pnp.PnpManager;
import dev.gpioint.sim.board.SimBoard;
import java.util.List;

/** A booted board: the machine, its simulated hardware and the PnP manager with the built-in drivers. */
record Board(Machine machine, SimBoard hardware, PnpManager pnp) implements AutoCloseable {

    static Board boot(Firmware firmware, boolean realtime, int processors) {
        return boot(firmware, realtime, processors, machine -> { });
    }

    /** Boots, calling {@code beforeStart} once the machine exists and before any device starts (to install tracers). */
    static Board boot(Firmware firmware, boolean realtime, int processors, java.util.function.Consumer<Machine> beforeStart) {
        Machine machine = Machine.create(realtime ? MachineOptions.realtime(processors, IdlePolicy.PARK)
                : MachineOptions.deterministic(processors));
        beforeStart.accept(machine);
        SimBoard hardware = SimBoard.build(machine, firmware);
        var pnp = new PnpManager(machine, hardware.driverView(firmware), Probing.catalog(firmware, DriverCatalog.fromServiceLoader()));
        pnp.startAll();
        machine.runUntilIdle();
        return new Board(machine, hardware, pnp);
    }

    /**
     * Boots on this machine's Linux GPIO chips: a realtime machine, the board's GPIO controllers bound to gpiochips
     * (their {@code linux-gpiochip} _DSD property, overridden by {@code chips} entries like {@code \_SB.GPO0=gpiochip0}),
     * the built-in drivers for everything else. No simulated hardware.
     */
    static Board bootOnLinux(Firmware firmware, int processors, List<String> chips, java.util.function.Consumer<Machine> beforeStart) {
        Machine machine = dev.gpioint.linux.tools.LinuxHardware.machine(processors);
        try {
            beforeStart.accept(machine);
            var binding = dev.gpioint.linux.tools.LinuxHardware.bind(machine, firmware, chips, DriverCatalog.fromServiceLoader());
            var pnp = new PnpManager(machine, firmware, binding.catalog());
            pnp.startAll();
            machine.runUntilIdle();
            return new Board(machine, SimBoard.build(machine, firmware, List.of()), pnp);
        } catch (IllegalArgumentException e) {
            machine.close();
            throw new UserError(e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        machine.close();
    }
}
