package dev.gpioint.firmware;

/** The direction a GpioIo connection is restricted to (ACPI {@code _IOR}). */
public enum IoRestriction {
    NONE,
    INPUT_ONLY,
    OUTPUT_ONLY,
    NONE_AND_PRESERVE
}
