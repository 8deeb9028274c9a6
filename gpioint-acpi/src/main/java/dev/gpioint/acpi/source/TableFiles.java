package dev.gpioint.acpi.source;

import dev.gpioint.acpi.aml.AcpiTable;
import dev.gpioint.acpi.aml.AcpiTableException;
import dev.gpioint.acpi.aml.AmlNamespaceReader;
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

    static Firmware firmware(String origin, List<AcpiTable> tables) throws FirmwareException {
        var ordered = new ArrayList<>(tables);
        ordered.sort(Comparator.comparingInt(t -> t.signature().equals("DSDT") ? 0 : 1));
        if (ordered.stream().noneMatch(AcpiTable::isDefinitionBlock)) {
            throw new FirmwareException(FirmwareProblem.of(origin, "no DSDT or SSDT among the tables: nothing defines devices"));
        }
        Namespace ns;
        try {
            ns = AmlNamespaceReader.read(ordered);
        } catch (AcpiTableException e) {
            throw problem(e);
        }
        return FirmwareAssembler.assemble(origin, ns, new StaticReturnEvaluator());
    }

    /**
     * As {@link #firmware(String, List)}, but a table that cannot be loaded is skipped rather than failing the
     * rest: duplicates, a second DSDT and tables whose AML does not read are left out, and those, after the
     * {@code skipped} problems met while reading the files, become the firmware's problems.
     */
    static Firmware firmware(String origin, List<AcpiTable> tables, List<FirmwareProblem> skipped) throws FirmwareException {
        return TableLoad.load(origin, new TableInput(tables, skipped), TableFiles::firmware);
    }

    static FirmwareException problem(AcpiTableException e) {
        return new FirmwareException(new FirmwareProblem(e.table(), e.location(), e.reason(), Optional.empty()));
    }
}
