package dev.gpioint.acpi.source;

import dev.gpioint.acpi.aml.AcpiTableException;
import dev.gpioint.firmware.FirmwareProblem;
import java.util.Optional;

/** Turns the table reader's exceptions into the core's problems, keeping the table, the place and the reason. */
final class TableProblems {
    private TableProblems() {
    }

    static FirmwareProblem of(AcpiTableException e) {
        return new FirmwareProblem(e.table(), e.location(), e.reason(), Optional.empty());
    }
}
