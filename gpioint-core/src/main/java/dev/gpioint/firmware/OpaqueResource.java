package dev.gpioint.firmware;

import java.util.Objects;

/**
 * A descriptor the core keeps for completeness but does not hand to drivers (pin function and pin
 * configuration descriptors, vendor descriptors, address-space producers). It appears in listings, in
 * firmware order, and is skipped when resource lists are built.
 *
 * @param kind        the descriptor's ASL name, such as {@code PinFunction}
 * @param description a one-line human description of its fields
 */
public record OpaqueResource(String kind, String description) implements FirmwareResource {
    public OpaqueResource {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
    }
}
