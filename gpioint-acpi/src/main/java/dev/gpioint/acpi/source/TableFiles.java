package dev.gpioint.acpi.source;

import dev.gpioint.acpi.aml.AcpiTable;
import dev.gpioint.acpi.aml.AcpiTableException;
import dev.gpioint.acpi.interpreter.AmlException;
import dev.gpioint.acpi.interpreter.AmlInterpreter;
import dev.gpioint.acpi.interpreter.AmlOptions;
import dev.gpioint.acpi.namespace.Namespace;
import dev.gpioint.acpi.namespace.StaticReturnEvaluator;
import dev.gpioint.firmware.Firmware;
import dev.gpioint.firmware.FirmwareException;
import dev.gpioint.firmware.FirmwareProblem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Shared by the AML and acpidump formats: loads checked tables into firmware, the DSDT first as ACPI does. */
final class TableFiles {
    private TableFiles() {
    }

    /**
     * The firmware the tables describe, as the AML interpreter evaluates it with {@code options}: module-level
     * code run at load, {@code _INI} run, each device's objects evaluated. AML that fails is reported in the
     * firmware's problems and its device's defect, never thrown.
     */
    static Firmware firmware(String origin, List<AcpiTable> tables) throws FirmwareException {
        return firmware(origin, tables, AmlOptions.windows11());
    }

    static Firmware firmware(String origin, List<AcpiTable> tables, AmlOptions options) throws FirmwareException {
        var ordered = new ArrayList<>(tables);
        ordered.sort(Comparator.comparingInt(t -> t.signature().equals("DSDT") ? 0 : 1));
        if (ordered.stream().noneMatch(AcpiTable::isDefinitionBlock)) {
            throw new FirmwareException(FirmwareProblem.of(origin, "no DSDT or SSDT among the tables: nothing defines devices"));
        }
        var relay = new NotifyRelay(options.host());
        AmlInterpreter aml = AmlInterpreter.load(ordered, options.withHost(relay));
        Namespace ns = InterpretedNamespace.of(aml);
        var problems = new ArrayList<FirmwareProblem>();
        for (AmlException e : aml.problems()) {
            problems.add(new FirmwareProblem(e.table(), "offset 0x" + Integer.toHexString(e.offset()),
                    e.status() + " in " + e.method() + ": " + e.reason(), Optional.empty()));
        }
        return FirmwareAssembler.assemble(origin, ns, new StaticReturnEvaluator()).withProblems(problems)
                .withMethods(new AmlFirmwareMethods(aml, relay));
    }

    /**
     * As {@link #firmware(String, List)}, but a table that cannot be loaded is skipped rather than failing the
     * rest: duplicates, a second DSDT and tables whose AML does not read are left out, and those, after the
     * {@code skipped} problems met while reading the files, become the firmware's problems.
     */
    static Firmware firmware(String origin, List<AcpiTable> tables, List<FirmwareProblem> skipped) throws FirmwareException {
        return firmware(origin, tables, skipped, AmlOptions.windows11());
    }

    /** As {@link #firmware(String, List, List)}, evaluated with {@code options}. */
    static Firmware firmware(String origin, List<AcpiTable> tables, List<FirmwareProblem> skipped, AmlOptions options)
            throws FirmwareException {
        return TableLoad.load(origin, new TableInput(tables, skipped), (o, t) -> firmware(o, t, options));
    }

    static FirmwareException problem(AcpiTableException e) {
        return new FirmwareException(new FirmwareProblem(e.table(), e.location(), e.reason(), Optional.empty()));
    }
}
