package dev.gpioint.acpi.aml;

import java.util.List;

/**
 * What one input (a file of acpidump text, a set of table files) gave: the tables that passed their checks, and
 * one problem for each part that did not, in input order. A broken table leaves the others usable; the caller
 * decides whether what is left is enough.
 *
 * @param tables   the checked tables, in input order
 * @param problems what was skipped and why (table or file, offset or line, reason)
 */
public record TableBatch(List<AcpiTable> tables, List<AcpiTableException> problems) {
    public TableBatch {
        tables = List.copyOf(tables);
        problems = List.copyOf(problems);
    }
}
