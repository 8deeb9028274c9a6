package dev.gpioint.cli;

import dev.gpioint.firmware.Firmware;
import dev.gpioint.firmware.FirmwareDevice;
import dev.gpioint.firmware.FirmwareException;
import dev.gpioint.firmware.FirmwareResource;
import dev.gpioint.firmware.FirmwareSource;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gpioint decode}: list the devices of real ACPI tables as their AML evaluates, starting nothing.
 * Tables of several machines (more than one DSDT) are decoded one machine at a time; what is skipped is warned
 * about on stderr, and the status is 0 as long as one machine loads.
 */
@Command(name = "decode", mixinStandardHelpOptions = true,
        description = {"List the devices of ACPI tables (or an ASL board) with their IDs, _STA (and why a device is "
                + "absent) and _CRS resources, as the AML interpreter evaluates them, without starting drivers.",
                "A directory loads every table file in it (binary tables and acpidump text, recognised by content). "
                + "A table that cannot be loaded (corrupt, a duplicate, a second DSDT) is skipped with a warning on "
                + "stderr naming the file, offset and reason; the rest is decoded and the status stays 0.",
                "When the tables hold more than one DSDT they come from several machines: files whose names share "
                + "the part before the first '__' (in one directory) are one machine, each decoded on its own under "
                + "a '== machine ==' heading, and a total follows."},
        footer = {"", "Example:", "  gpioint decode ../shared/corpus/woa/lenovo-yoga-c630__acpi__dsdt.dat",
                "  gpioint decode ../shared/corpus/woa        (every machine of the corpus)"})
final class DecodeCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "TABLES",
            description = ".aml/.dat tables, directories of them, acpidump text, or an .asl board.")
    List<Path> tables;

    @picocli.CommandLine.Mixin
    FirmwareSettingsOptions evaluation = new FirmwareSettingsOptions();

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** Counts over the machines decoded. */
    private record Totals(int devices, int resources, int gpioInts) {
        Totals plus(Totals other) {
            return new Totals(devices + other.devices, resources + other.resources, gpioInts + other.gpioInts);
        }
    }

    @Override
    public Integer call() {
        PrintStream out = Output.of(spec);
        PrintStream err = Output.ofErr(spec);
        List<FirmwareSource> machines = FirmwareFiles.machines(tables, evaluation.settings());
        if (machines.size() == 1) {
            print(FirmwareFiles.load(machines.getFirst(), err), out);
            out.flush();
            return 0;
        }
        Totals totals = new Totals(0, 0, 0);
        int loaded = 0;
        var failures = new ArrayList<String>();
        for (FirmwareSource machine : machines) {
            Firmware firmware;
            try {
                firmware = machine.load();
            } catch (FirmwareException e) {
                // One machine that does not load at all does not stop the others: warn and go on.
                failures.add(e.getMessage());
                e.problems().forEach(p -> err.println("gpioint: warning: machine not loaded: " + FirmwareFiles.text(p)));
                err.flush();
                continue;
            }
            FirmwareFiles.warn(firmware.problems(), err);
            out.println("== " + firmware.origin() + " ==");
            totals = totals.plus(print(firmware, out));
            out.println();
            loaded++;
        }
        if (loaded == 0) {
            throw new UserError(String.join("\n", failures));
        }
        out.printf("%d machines decoded (%d not loaded): %d devices, %d resources, %d GpioInt%n", loaded, failures.size(),
                totals.devices(), totals.resources(), totals.gpioInts());
        out.flush();
        return 0;
    }

    /** The devices of one machine and a count line. */
    private static Totals print(Firmware firmware, PrintStream out) {
        int resources = 0;
        int gpioInts = 0;
        for (FirmwareDevice device : firmware.devices()) {
            out.printf("%s  %s%s  _STA 0x%X  _CRS: %s%n", device.path(), device.matchIds().isEmpty() ? "-" : String.join(",", device.matchIds()),
                    device.uniqueId().map(u -> "  _UID " + u).orElse(""), device.status(),
                    device.resourceOrigin().name().toLowerCase(Locale.ROOT).replace('_', ' '));
            Presence.absence(firmware, device).ifPresent(a -> out.println("      " + a));
            device.defect().ifPresent(d -> out.println("      defect: " + d));
            for (FirmwareResource resource : device.resources()) {
                out.println("      " + FirmwareText.describe(resource));
                resources++;
                if (resource instanceof dev.gpioint.firmware.GpioInt) {
                    gpioInts++;
                }
            }
        }
        out.printf("%d devices, %d resources, %d GpioInt%n", firmware.devices().size(), resources, gpioInts);
        return new Totals(firmware.devices().size(), resources, gpioInts);
    }
}
