package dev.gpioint.sim;

/**
 * Where a simulated device's output wire goes: a primary interrupt line, a GPIO pin, anything that takes an
 * electrical level. {@code true} is high.
 */
@FunctionalInterface
public interface SignalSink {
    void drive(boolean high);

    /** A wire to nowhere. */
    SignalSink UNCONNECTED = high -> { };
}
