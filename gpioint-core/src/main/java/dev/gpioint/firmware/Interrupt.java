package dev.gpioint.firmware;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Interrupt lines of the primary interrupt controller ({@code Interrupt()}, {@code IRQ}, {@code IRQNoFlags}).
 * Each number is a global system interrupt (GSIV); the PnP manager makes one interrupt resource per number.
 *
 * @param gsivs         the interrupt numbers, in firmware order (at least one)
 * @param polarity      ACTIVE_HIGH or ACTIVE_LOW (ACTIVE_BOTH exists only for GpioInt)
 * @param resourceSource an optional named interrupt controller; absent means the system's primary controller
 */
public record Interrupt(List<Long> gsivs, InterruptMode mode, Polarity polarity, Sharing sharing, boolean wake,
                        Optional<NamePath> resourceSource) implements FirmwareResource {

    public Interrupt {
        gsivs = List.copyOf(gsivs);
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(polarity, "polarity");
        Objects.requireNonNull(sharing, "sharing");
        Objects.requireNonNull(resourceSource, "resourceSource");
        if (gsivs.isEmpty()) {
            throw new IllegalArgumentException("Interrupt needs at least one interrupt number");
        }
        for (long gsiv : gsivs) {
            Ranges.check("interrupt number", gsiv, 0, 0xFFFF_FFFFL);
        }
        if (polarity == Polarity.ACTIVE_BOTH) {
            throw new IllegalArgumentException("Interrupt() cannot be ActiveBoth; only GpioInt can");
        }
    }

    /** One primary line on the system interrupt controller. */
    public static Interrupt of(long gsiv, InterruptMode mode, Polarity polarity, Sharing sharing, boolean wake) {
        return new Interrupt(List.of(gsiv), mode, polarity, sharing, wake, Optional.empty());
    }

    @Override
    public String kind() {
        return "Interrupt";
    }
}
