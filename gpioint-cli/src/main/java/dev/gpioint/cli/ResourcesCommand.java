package dev.gpioint.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gpioint resources}: boot firmware and list every device with its raw and translated resources. */
@Command(name = "resources", mixinStandardHelpOptions = true,
        description = "Boot FIRMWARE on the simulated machine and list every device: path, IDs, driver, state, "
                + "then its raw and translated resources in firmware order (and the firmware descriptor each came from).",
        footer = {"", "Example:", "  gpioint resources examples/devboard.asl", "  gpioint resources --json examples/devboard.asl"})
final class ResourcesCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FIRMWARE", description = "An .asl board, .aml/.dat tables, a directory of tables, or acpidump text. "
            + "Tables that cannot be loaded are skipped with a warning on stderr.")
    List<Path> firmware;

    @Option(names = "--json", description = "Print JSON (schema in docs/cli.md).")
    boolean json;

    @picocli.CommandLine.Mixin
    FirmwareSettingsOptions evaluation = new FirmwareSettingsOptions();

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintStream out = Output.of(spec);
        try (Board board = Board.boot(FirmwareFiles.load(firmware, Output.ofErr(spec), evaluation.settings()), false, 2)) {
            if (json) {
                DeviceListing.json(board.pnp(), out);
            } else {
                DeviceListing.text(board.pnp(), out);
            }
        }
        out.flush();
        return 0;
    }
}
