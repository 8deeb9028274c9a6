package dev.gpioint.acpi.source;

import dev.gpioint.acpi.aml.AcpiTable;
import dev.gpioint.firmware.FirmwareProblem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Chooses which of a set of checked tables go into one namespace. A table whose bytes were already seen (the
 * same file given twice, or acpidump text next to the files acpixtract made from it) is loaded once; a second,
 * different DSDT is left out, since a machine has one DSDT and its names would clash with the first one's. Both
 * are reported as warnings. Stateless.
 */
final class TableSelection {
    private TableSelection() {
    }

    static TableInput select(TableInput input) {
        var kept = new ArrayList<AcpiTable>();
        var skipped = new ArrayList<>(input.skipped());
        Optional<AcpiTable> dsdt = Optional.empty();
        for (AcpiTable table : input.tables()) {
            byte[] bytes = table.bytes();
            Optional<AcpiTable> same = kept.stream().filter(k -> Arrays.equals(k.bytes(), bytes)).findFirst();
            if (same.isPresent()) {
                skipped.add(FirmwareProblem.of(table.name(), "the same " + table.signature() + " as " + same.get().name()
                        + ": loaded once"));
                continue;
            }
            if (table.signature().equals("DSDT")) {
                if (dsdt.isPresent()) {
                    skipped.add(new FirmwareProblem(table.name(), "offset 0x0", "a second DSDT (the first is " + dsdt.get().name()
                            + "): a machine has one DSDT, so this one is skipped", Optional.empty()));
                    continue;
                }
                dsdt = Optional.of(table);
            }
            kept.add(table);
        }
        return new TableInput(kept, skipped);
    }
}
