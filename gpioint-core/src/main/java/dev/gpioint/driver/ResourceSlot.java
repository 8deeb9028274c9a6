package dev.gpioint.driver;

import dev.gpioint.firmware.InterruptMode;
import dev.gpioint.firmware.Polarity;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * One expected resource: a name the driver knows it by, its kind and, for interrupts, the trigger the driver
 * relies on. Empty constraints accept anything.
 *
 * @param name     what the driver calls it ("data-ready", "activity")
 * @param kind     the resource kind
 * @param mode     required edge or level, if any
 * @param polarity required polarity, if any (checked against the firmware, which Windows resources do not carry)
 * @param wake     required wake capability, if any
 */
public record ResourceSlot(String name, SlotKind kind, Optional<InterruptMode> mode, Optional<Polarity> polarity,
                           Optional<Boolean> wake) {
    public ResourceSlot {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(polarity, "polarity");
        Objects.requireNonNull(wake, "wake");
        if (kind != SlotKind.INTERRUPT && (mode.isPresent() || polarity.isPresent() || wake.isPresent())) {
            throw new IllegalArgumentException("slot " + name + ": only interrupt slots have a trigger");
        }
    }

    /** An interrupt slot with the given trigger. */
    public static ResourceSlot interrupt(String name, InterruptMode mode, Polarity polarity) {
        return new ResourceSlot(name, SlotKind.INTERRUPT, Optional.of(mode), Optional.of(polarity), Optional.empty());
    }

    /** An interrupt slot with any trigger. */
    public static ResourceSlot anyInterrupt(String name) {
        return new ResourceSlot(name, SlotKind.INTERRUPT, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** A slot of a kind other than interrupt. */
    public static ResourceSlot of(String name, SlotKind kind) {
        return new ResourceSlot(name, kind, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** "data-ready: Interrupt Level ActiveHigh". */
    public String describe() {
        var text = new StringJoiner(" ", name + ": ", "");
        text.add(kind.name());
        mode.ifPresent(m -> text.add(m.name()));
        polarity.ifPresent(p -> text.add(p.name()));
        wake.ifPresent(w -> text.add(w ? "WAKE" : "NO_WAKE"));
        return text.toString();
    }
}
