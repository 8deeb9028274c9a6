package dev.gpioint.cli;

import dev.gpioint.firmware.Firmware;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gpioint check}: lint a board against itself and the built-in drivers. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Lint FIRMWARE against the drivers: resource order against each driver's declared layout, GpioInt "
                + "to unknown controllers or pins, two exclusive consumers of a pin, wake pins on controllers that cannot "
                + "wake, edge interrupts marked shared. Exit status 1 when it finds an error.",
        footer = {"", "Example:", "  gpioint check examples/devboard.asl"})
final class CheckCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FIRMWARE", description = "An .asl board, .aml/.dat tables, a directory of tables, or acpidump text. "
            + "Tables that cannot be loaded are skipped with a warning on stderr.")
    List<Path> firmware;

    @picocli.CommandLine.Mixin
    FirmwareSettingsOptions evaluation = new FirmwareSettingsOptions();

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintStream out = Output.of(spec);
        Firmware loaded = FirmwareFiles.load(firmware, Output.ofErr(spec), evaluation.settings());
        List<BoardLint.Finding> findings;
        try (Board board = Board.boot(loaded, false, 2)) {
            findings = BoardLint.check(loaded, board.pnp());
        }
        findings.forEach(f -> out.println(f.render()));
        long errors = findings.stream().filter(BoardLint.Finding::error).count();
        out.printf("%s: %d error%s, %d warning%s%n", loaded.origin(), errors, errors == 1 ? "" : "s",
                findings.size() - errors, findings.size() - errors == 1 ? "" : "s");
        out.flush();
        return errors > 0 ? 1 : 0;
    }
}
