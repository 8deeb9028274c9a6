package dev.gpioint.cli.reliability;

/**
 * One step of a generated input trace, at a time from the start of the run. Steps are what a scenario file
 * says, one line each (a glitch is a pulse line).
 */
public sealed interface Step {
    long timeNanos();

    /** A net's input goes to {@code high} (a pin of a controller, or a primary line). */
    record Drive(long timeNanos, int net, boolean high) implements Step {
    }

    /** A net's input goes to {@code high} and back after {@code widthNanos}: a glitch when shorter than its debounce. */
    record Glitch(long timeNanos, int net, boolean high, long widthNanos) implements Step {
    }

    /** A device's level output {@code interrupt} gets {@code count} pending requests. */
    record Raise(long timeNanos, int device, int interrupt, int count) implements Step {
    }

    /** A device goes to D3 ({@code up} false) or back to D0. */
    record Power(long timeNanos, int device, boolean up) implements Step {
    }

    /** A device's driver disables ({@code enabled} false, WdfInterruptDisable) or enables one of its interrupts. */
    record Interrupt(long timeNanos, int device, int interrupt, boolean enabled) implements Step {
    }

    /**
     * A device is removed (stopped: D3, hardware released); a surprise removal pulls its hardware out first (its
     * outputs let go, its registers read all ones).
     */
    record Remove(long timeNanos, int device, boolean surprise) implements Step {
    }
}
