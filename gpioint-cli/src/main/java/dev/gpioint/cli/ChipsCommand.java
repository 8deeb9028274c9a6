package dev.gpioint.cli;

import dev.gpioint.linux.tools.ChipLister;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gpioint chips}: the Linux GPIO chips of this machine, like gpiodetect (and gpioinfo with --lines). */
@Command(name = "chips", mixinStandardHelpOptions = true,
        description = "List this machine's GPIO character devices (label, name, lines), like gpiodetect; with --lines "
                + "each line's name, consumer, direction, bias and edge, like gpioinfo.",
        footer = {"", "Example:", "  gpioint chips", "  gpioint chips --lines gpiochip0"})
final class ChipsCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "CHIP", description = "Chips by name (gpiochip0), path or label; default: all.")
    List<String> chips = List.of();

    @Option(names = "--lines", description = "List every line of each chip, like gpioinfo.")
    boolean lines;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintStream out = Output.of(spec);
        PrintStream err = Output.ofErr(spec);
        int status = new ChipLister().list(chips, lines, out, err);
        out.flush();
        err.flush();
        return status;
    }
}
