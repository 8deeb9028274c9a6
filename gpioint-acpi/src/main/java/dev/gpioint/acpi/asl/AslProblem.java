package dev.gpioint.acpi.asl;

/** One error found in ASL source, at a 1-based line and column. */
record AslProblem(int line, int column, String message) {
}
