package dev.gpioint.linux.tools;

import dev.gpioint.linux.uapi.Bias;
import dev.gpioint.linux.uapi.Edge;
import dev.gpioint.linux.uapi.EventClock;
import dev.gpioint.linux.uapi.LineSettings;
import java.time.Duration;
import java.util.Objects;

/**
 * gpiomon's options for {@link Monitor}.
 *
 * @param numEvents   stop after this many events (0: run until interrupted or idle)
 * @param idleTimeout stop when no event came for this long (zero: never)
 * @param consumer    consumer label shown by gpioinfo
 */
public record MonitorOptions(Edge edge, Bias bias, boolean activeLow, Duration debounce, EventClock clock,
                             long numEvents, Duration idleTimeout, String consumer) {
    public MonitorOptions {
        Objects.requireNonNull(edge, "edge");
        Objects.requireNonNull(bias, "bias");
        Objects.requireNonNull(debounce, "debounce");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        Objects.requireNonNull(consumer, "consumer");
        if (edge == Edge.NONE) {
            throw new IllegalArgumentException("a monitor needs rising, falling or both edges");
        }
    }

    /** Both edges, no bias, monotonic clock, forever: gpiomon's defaults. */
    public static MonitorOptions defaults() {
        return new MonitorOptions(Edge.BOTH, Bias.AS_IS, false, Duration.ZERO, EventClock.MONOTONIC, 0, Duration.ZERO, "gpioint-monitor");
    }

    public MonitorOptions withEdge(Edge value) {
        return new MonitorOptions(value, bias, activeLow, debounce, clock, numEvents, idleTimeout, consumer);
    }

    public MonitorOptions withBias(Bias value) {
        return new MonitorOptions(edge, value, activeLow, debounce, clock, numEvents, idleTimeout, consumer);
    }

    public MonitorOptions withActiveLow(boolean value) {
        return new MonitorOptions(edge, bias, value, debounce, clock, numEvents, idleTimeout, consumer);
    }

    public MonitorOptions withDebounce(Duration value) {
        return new MonitorOptions(edge, bias, activeLow, value, clock, numEvents, idleTimeout, consumer);
    }

    public MonitorOptions withClock(EventClock value) {
        return new MonitorOptions(edge, bias, activeLow, debounce, value, numEvents, idleTimeout, consumer);
    }

    public MonitorOptions withNumEvents(long value) {
        return new MonitorOptions(edge, bias, activeLow, debounce, clock, value, idleTimeout, consumer);
    }

    public MonitorOptions withIdleTimeout(Duration value) {
        return new MonitorOptions(edge, bias, activeLow, debounce, clock, numEvents, value, consumer);
    }

    /** The line settings every monitored line is requested with. */
    public LineSettings settings() {
        return LineSettings.edges(edge).withBias(bias).withActiveLow(activeLow).withDebounce(debounce).withClock(clock);
    }
}
