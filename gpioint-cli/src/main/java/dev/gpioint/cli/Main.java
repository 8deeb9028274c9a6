package dev.gpioint.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code gpioint}: boots firmware on the simulated machine with the built-in drivers, runs scenarios, lists
 * resources and checks boards. Exit status 0 on success, 1 when {@code check} finds an error, 2 for bad input
 * (a missing file, bad ASL, an unknown scenario action): one clear message, no stack trace unless --debug.
 * Firmware input that was skipped while the rest loaded (a corrupt table among several) is a warning on stderr,
 * not an error: the status stays 0.
 */
@Command(name = "gpioint", mixinStandardHelpOptions = true, version = "gpioint 0.1.0",
        description = "GPIO interrupts delivered to drivers as abstract interrupt resources, the Windows way.",
        subcommands = {RunCommand.class, ResourcesCommand.class, CheckCommand.class, DecodeCommand.class, ChipsCommand.class,
                MonitorCommand.class, SoakCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Example:", "  gpioint run examples/devboard.asl --scenario examples/devboard.scenario"})
public final class Main {
    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT, description = "Print stack traces of errors.")
    boolean debug;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command with {@code args}, printing to {@code out} and {@code err}; returns the exit status. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        var main = new Main();
        var line = new CommandLine(main);
        line.setOut(out);
        line.setErr(err);
        line.setExecutionExceptionHandler((exception, commandLine, parseResult) -> {
            boolean debug = parseResult.hasMatchedOption("--debug") || main.debug;
            if (exception instanceof UserError) {
                err.println("gpioint: " + exception.getMessage());
            } else {
                err.println("gpioint: internal error: " + exception);
            }
            if (debug) {
                exception.printStackTrace(err);
            }
            err.flush();
            return 2;
        });
        line.setParameterExceptionHandler((exception, arguments) -> {
            err.println("gpioint: " + exception.getMessage());
            exception.getCommandLine().usage(err);
            err.flush();
            return 2;
        });
        int status = line.execute(args);
        out.flush();
        err.flush();
        return status;
    }
}
