package dev.gpioint.acpi.source;

import dev.gpioint.acpi.aml.AcpiTable;
import dev.gpioint.firmware.FirmwareProblem;
import java.util.List;

/**
 * Tables on their way to a namespace, and what was set aside on the way, in input order.
 *
 * @param tables  the tables still to load
 * @param skipped what was left out and why (file or table, place, reason)
 */
record TableInput(List<AcpiTable> tables, List<FirmwareProblem> skipped) {
    TableInput {
        tables = List.copyOf(tables);
        skipped = List.copyOf(skipped);
    }
}
