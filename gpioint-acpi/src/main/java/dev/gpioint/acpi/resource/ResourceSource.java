package dev.gpioint.acpi.resource;

import java.util.Objects;
import java.util.Optional;

/**
 * The optional tail of an address-space or extended-interrupt descriptor: a ResourceSourceIndex byte and,
 * when present, the namepath of the device that produces the resource. iasl writes the index byte alone when
 * only the index is given, so both shapes are kept apart for byte-exact round trips.
 *
 * @param index the ResourceSourceIndex byte (0-255)
 * @param path  the ResourceSource namepath, when the descriptor carries one
 */
public record ResourceSource(int index, Optional<String> path) {
    public ResourceSource {
        Objects.requireNonNull(path, "path");
        if (index < 0 || index > 0xFF) {
            throw new IllegalArgumentException("ResourceSourceIndex " + index + " is not a byte");
        }
    }

    /** An index with a namepath. */
    public static ResourceSource of(int index, String path) {
        return new ResourceSource(index, Optional.of(path));
    }
}
