package dev.gpioint.firmware;

/** Whether a resource may be used by more than one device (ACPI {@code Exclusive} / {@code Shared}). */
public enum Sharing {
    EXCLUSIVE,
    SHARED
}
