package dev.gpioint.cli;

import dev.gpioint.firmware.Firmware;
import dev.gpioint.kernel.IdlePolicy;
import dev.gpioint.kernel.Machine;
import dev.gpioint.kernel.MachineOptions;
import dev.gpioint.pnp.DriverCatalog;
import dev.gpioint.pnp.PnpManager;
import dev.gpioint.sim.board.SimBoard;

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
        var pnp = new PnpManager(machine, firmware, DriverCatalog.fromServiceLoader());
        pnp.startAll();
        machine.runUntilIdle();
        return new Board(machine, hardware, pnp);
    }

    @Override
    public void close() {
        machine.close();
    }
}
