package dev.gpioint.cli;

import dev.gpioint.linux.tools.Monitor;
import dev.gpioint.linux.tools.MonitorOptions;
import dev.gpioint.linux.uapi.Bias;
import dev.gpioint.linux.uapi.Edge;
import dev.gpioint.linux.uapi.EventClock;
import dev.gpioint.sim.board.Arguments;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gpioint monitor}: edge events of Linux GPIO lines, one line each, like gpiomon. */
@Command(name = "monitor", mixinStandardHelpOptions = true,
        description = "Print the edge events of LINEs of CHIP as they happen, like gpiomon: timestamp, edge, chip, line, "
                + "sequence numbers. Kernel buffer overflows are counted and printed as lost events.",
        footer = {"", "Example:", "  gpioint monitor --num-events 2 gpiochip0 3"})
final class MonitorCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "CHIP", description = "The chip: name (gpiochip0), path or label.")
    String chip;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "LINE", description = "Line offsets.")
    List<Integer> lines;

    @Option(names = "--edge", defaultValue = "both", description = "rising, falling or both (default: ${DEFAULT-VALUE}).")
    String edge;

    @Option(names = "--bias", defaultValue = "as-is", description = "as-is, pull-up, pull-down or disabled.")
    String bias;

    @Option(names = "--active-low", description = "Treat the lines as active low.")
    boolean activeLow;

    @Option(names = "--debounce", defaultValue = "0", paramLabel = "DURATION", description = "Debounce period, like 5ms.")
    String debounce;

    @Option(names = "--clock", defaultValue = "monotonic", description = "monotonic or realtime event timestamps.")
    String clock;

    @Option(names = "--num-events", defaultValue = "0", paramLabel = "N", description = "Exit after N events (0: never).")
    long numEvents;

    @Option(names = "--idle-timeout", defaultValue = "0", paramLabel = "DURATION", description = "Exit after this long without an event.")
    String idleTimeout;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        MonitorOptions options;
        try {
            options = MonitorOptions.defaults()
                    .withEdge(switch (edge) {
                        case "rising" -> Edge.RISING;
                        case "falling" -> Edge.FALLING;
                        case "both" -> Edge.BOTH;
                        default -> throw new IllegalArgumentException("--edge is rising, falling or both, not " + edge);
                    })
                    .withBias(switch (bias) {
                        case "as-is" -> Bias.AS_IS;
                        case "pull-up" -> Bias.PULL_UP;
                        case "pull-down" -> Bias.PULL_DOWN;
                        case "disabled" -> Bias.DISABLED;
                        default -> throw new IllegalArgumentException("--bias is as-is, pull-up, pull-down or disabled, not " + bias);
                    })
                    .withActiveLow(activeLow)
                    .withDebounce(Arguments.duration(debounce))
                    .withClock(switch (clock) {
                        case "monotonic" -> EventClock.MONOTONIC;
                        case "realtime" -> EventClock.REALTIME;
                        default -> throw new IllegalArgumentException("--clock is monotonic or realtime, not " + clock);
                    })
                    .withNumEvents(numEvents)
                    .withIdleTimeout(Arguments.duration(idleTimeout));
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        PrintStream out = Output.of(spec);
        PrintStream err = Output.ofErr(spec);
        int[] offsets = lines.stream().mapToInt(Integer::intValue).toArray();
        Monitor.Result result = new Monitor().run(chip, offsets, options, out, err, () -> false);
        out.flush();
        err.flush();
        return result.exitCode();
    }
}
