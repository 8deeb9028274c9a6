package dev.gpioint.cli;

import dev.gpioint.firmware.Firmware;
import dev.gpioint.firmware.FirmwareDevice;
import dev.gpioint.firmware.FirmwareResource;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gpioint decode}: list the devices of real ACPI tables and their static resources, starting nothing. */
@Command(name = "decode", mixinStandardHelpOptions = true,
        description = "List the devices of ACPI tables (or an ASL board) with their IDs and static _CRS resources, "
                + "without starting drivers.",
        footer = {"", "Example:", "  gpioint decode ../shared/corpus/woa/lenovo-yoga-c630__acpi__dsdt.dat"})
final class DecodeCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "TABLES", description = ".aml/.dat tables, acpidump text, or an .asl board.")
    List<Path> tables;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintStream out = Output.of(spec);
        Firmware firmware = FirmwareFiles.load(tables);
        int resources = 0;
        int gpioInts = 0;
        for (FirmwareDevice device : firmware.devices()) {
            out.printf("%s  %s%s  _CRS: %s%n", device.path(), device.matchIds().isEmpty() ? "-" : String.join(",", device.matchIds()),
                    device.uniqueId().map(u -> "  _UID " + u).orElse(""), device.resourceOrigin().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
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
        out.flush();
        return 0;
    }
}
