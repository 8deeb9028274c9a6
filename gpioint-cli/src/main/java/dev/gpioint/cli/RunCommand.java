package dev.gpioint.cli;

import dev.gpioint.firmware.Firmware;
import dev.gpioint.kernel.MachineEvent;
import dev.gpioint.pnp.DeviceNode;
import dev.gpioint.pnp.DeviceState;
import dev.gpioint.sim.board.Arguments;
import dev.gpioint.sim.scenario.Scenario;
import dev.gpioint.sim.scenario.ScenarioException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gpioint run}: boot a board with the built-in drivers, play a scenario, print the log and statistics. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Boot FIRMWARE on the simulated machine with the built-in drivers, play the scenario, print what "
                + "the drivers reported and, at the end, per-interrupt statistics in the spirit of /proc/interrupts.",
        footer = {"", "Example:", "  gpioint run examples/devboard.asl --scenario examples/devboard.scenario"})
final class RunCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FIRMWARE", description = "An .asl board, .aml/.dat tables, a directory of tables, or acpidump text. "
            + "Tables that cannot be loaded are skipped with a warning on stderr.")
    List<Path> firmware;

    @Option(names = "--scenario", paramLabel = "FILE", description = "What happens to the board, and when.")
    Path scenario;

    @Option(names = "--realtime", description = "Processor threads and the wall clock instead of virtual time.")
    boolean realtime;

    @Option(names = "--for", paramLabel = "DURATION", defaultValue = "10ms",
            description = "How long to run after the scenario's last step (default: ${DEFAULT-VALUE}).")
    String runFor;

    @Option(names = "--processors", paramLabel = "N", defaultValue = "2", description = "Processors (default: ${DEFAULT-VALUE}).")
    int processors;

    @Option(names = "--hardware", defaultValue = "sim", paramLabel = "sim|linux",
            description = "sim: the simulated machine (default); linux: this machine's GPIO chips, on a realtime machine.")
    String hardware;

    @Option(names = "--chip", paramLabel = "CONTROLLER=CHIP", description = "With --hardware linux: back a GPIO controller "
            + "device with a gpiochip, like \\_SB.GPO0=gpiochip0 (else its linux-gpiochip _DSD property). Repeatable.")
    List<String> chips = List.of();

    @Option(names = "--trace", paramLabel = "FILE", description = "Write a Chrome/Perfetto trace (JSON) of every ISR, DPC and "
            + "work item per processor; open it in ui.perfetto.dev.")
    Path trace;

    @Option(names = "--jfr", paramLabel = "FILE", description = "Record JFR events (dev.gpioint.Isr, .Dpc, .WorkItem) for JDK "
            + "Mission Control into FILE.")
    Path jfr;

    @picocli.CommandLine.Mixin
    FirmwareSettingsOptions evaluation = new FirmwareSettingsOptions();

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintStream out = Output.of(spec);
        Duration tail;
        try {
            tail = Arguments.duration(runFor);
        } catch (IllegalArgumentException e) {
            throw new UserError("--for: " + e.getMessage());
        }
        if (processors < 1 || processors > 64) {
            throw new UserError("--processors must be 1..64, not " + processors);
        }
        boolean onLinux = switch (hardware) {
            case "sim" -> false;
            case "linux" -> true;
            default -> throw new UserError("--hardware is sim or linux, not " + hardware);
        };
        if (onLinux && scenario != null) {
            throw new UserError("--scenario drives simulated hardware; with --hardware linux the edges come from the real lines");
        }
        if (!onLinux && !chips.isEmpty()) {
            throw new UserError("--chip binds controllers to Linux gpiochips: use it with --hardware linux");
        }
        Firmware loaded = FirmwareFiles.load(firmware, Output.ofErr(spec), evaluation.settings());
        Tracing tracing = Tracing.start(trace, jfr);
        try (Board board = onLinux ? Board.bootOnLinux(loaded, processors, chips, tracing::attach)
                : Board.boot(loaded, realtime, processors, tracing::attach)) {
            out.printf("booted %s on %d processor%s (%s)%n", loaded.origin(), processors, processors == 1 ? "" : "s",
                    onLinux ? "realtime, Linux GPIO chips" : realtime ? "realtime" : "deterministic, virtual time");
            for (DeviceNode node : board.pnp().devices()) {
                out.printf("  %-16s %-10s %s%n", node.path(), node.driver().map(d -> d.name()).orElse("-"), DeviceListing.state(node));
            }
            for (String problem : board.hardware().problems()) {
                out.println("  note: " + problem);
            }
            Scenario script = null;
            if (scenario != null) {
                try {
                    script = Scenario.read(scenario, board.hardware(), board.machine(), board.pnp());
                } catch (IOException e) {
                    throw new UserError(scenario + ": " + e.getMessage());
                } catch (ScenarioException e) {
                    throw new UserError(e.getMessage());
                }
            }
            out.println();
            out.println("log:");
            // What drivers themselves reported while the machine booted (a lid's state), then everything of the run.
            board.machine().log().events(MachineEvent.Kind.DRIVER).forEach(event -> out.println("  " + event.render()));
            board.machine().log().addListener(event -> out.println("  " + event.render()));
            long failuresBefore = board.machine().log().events(MachineEvent.Kind.FAILURE).size();
            Duration end = tail;
            if (script != null) {
                script.schedule(board.machine());
                end = script.end().plus(tail);
            }
            board.machine().advance(end);
            out.println();
            out.println("interrupts:");
            StatisticsTable.print(board.pnp(), out);
            long started = board.pnp().devices().stream().filter(n -> n.state() == DeviceState.STARTED).count();
            long failures = board.machine().log().events(MachineEvent.Kind.FAILURE).size() - failuresBefore;
            out.printf("%nran %.3f ms of machine time; %d devices started, %d failures during the run%n",
                    board.machine().nanoTime() / 1e6, started, failures);
            tracing.finish(board.machine(), out);
        }
        out.flush();
        return 0;
    }
}
