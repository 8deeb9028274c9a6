package dev.gpioint.acpi.source;

import dev.gpioint.acpi.aml.AcpiTable;
import dev.gpioint.firmware.Firmware;
import dev.gpioint.firmware.FirmwareException;
import dev.gpioint.firmware.FirmwareProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Loads tables into firmware so that one bad table does not cost the others: after {@link TableSelection},
 * the tables are loaded together; when that fails on the AML of particular tables, those tables are left out,
 * with their problem, and the rest loaded again. What was skipped becomes the firmware's
 * {@link Firmware#problems()}. Only when nothing that defines devices is left does loading fail, with every
 * problem met on the way. Stateless.
 */
final class TableLoad {
    /** Loads a set of tables all together, failing as a whole; {@link TableFiles} is the one used. */
    @FunctionalInterface
    interface Loader {
        Firmware load(String origin, List<AcpiTable> tables) throws FirmwareException;
    }

    private TableLoad() {
    }

    static Firmware load(String origin, TableInput input, Loader loader) throws FirmwareException {
        TableInput selected = TableSelection.select(input);
        var tables = new ArrayList<>(selected.tables());
        var skipped = new ArrayList<>(selected.skipped());
        while (true) {
            try {
                return loader.load(origin, tables).withProblems(skipped);
            } catch (FirmwareException e) {
                // A problem that names one of the tables is that table's alone: drop it and try the rest.
                Set<String> names = tables.stream().map(AcpiTable::name).collect(Collectors.toSet());
                List<FirmwareProblem> own = e.problems().stream().filter(p -> names.contains(p.source())).toList();
                if (own.isEmpty() || own.size() != e.problems().size()) {
                    var all = new ArrayList<>(skipped);
                    all.addAll(e.problems());
                    throw new FirmwareException(all);
                }
                Set<String> bad = own.stream().map(FirmwareProblem::source).collect(Collectors.toSet());
                tables.removeIf(t -> bad.contains(t.name()));
                skipped.addAll(own);
            }
        }
    }
}
