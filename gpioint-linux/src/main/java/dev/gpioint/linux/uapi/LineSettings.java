package dev.gpioint.linux.uapi;

import static dev.gpioint.linux.uapi.GpioUapi.*;

import java.time.Duration;
import java.util.Objects;

/**
 * How one requested line is configured: the uAPI v2 flag word plus its debounce period. Immutable; the
 * {@code with*} methods return copies. {@link #flags()} encodes it as the kernel expects, and
 * {@link #validate()} refuses the combinations {@code gpio_v2_line_flags_validate} refuses, so a bad request
 * fails with a message instead of a bare EINVAL.
 *
 * @param debounce debounce period, microsecond resolution; zero for none (requires INPUT)
 */
public record LineSettings(Direction direction, Edge edge, Bias bias, Drive drive, boolean activeLow,
                           Duration debounce, EventClock clock) {
    public LineSettings {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(edge, "edge");
        Objects.requireNonNull(bias, "bias");
        Objects.requireNonNull(drive, "drive");
        Objects.requireNonNull(debounce, "debounce");
        Objects.requireNonNull(clock, "clock");
        if (debounce.isNegative() || debounce.toNanos() / 1000 > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("debounce must be 0..4294967295 us, not " + debounce);
        }
    }

    /** An input without edge detection, bias or debounce, monotonic clock. */
    public static LineSettings input() {
        return new LineSettings(Direction.INPUT, Edge.NONE, Bias.AS_IS, Drive.PUSH_PULL, false, Duration.ZERO, EventClock.MONOTONIC);
    }

    /** A push-pull output. */
    public static LineSettings output() {
        return new LineSettings(Direction.OUTPUT, Edge.NONE, Bias.AS_IS, Drive.PUSH_PULL, false, Duration.ZERO, EventClock.MONOTONIC);
    }

    /** An input reporting {@code edge}. */
    public static LineSettings edges(Edge edge) {
        return input().withEdge(edge);
    }

    public LineSettings withDirection(Direction value) {
        return new LineSettings(value, edge, bias, drive, activeLow, debounce, clock);
    }

    public LineSettings withEdge(Edge value) {
        return new LineSettings(direction, value, bias, drive, activeLow, debounce, clock);
    }

    public LineSettings withBias(Bias value) {
        return new LineSettings(direction, edge, value, drive, activeLow, debounce, clock);
    }

    public LineSettings withDrive(Drive value) {
        return new LineSettings(direction, edge, bias, value, activeLow, debounce, clock);
    }

    public LineSettings withActiveLow(boolean value) {
        return new LineSettings(direction, edge, bias, drive, value, debounce, clock);
    }

    public LineSettings withDebounce(Duration value) {
        return new LineSettings(direction, edge, bias, drive, activeLow, value, clock);
    }

    public LineSettings withClock(EventClock value) {
        return new LineSettings(direction, edge, bias, drive, activeLow, debounce, value);
    }

    /** Debounce period in whole microseconds, as the DEBOUNCE attribute carries it. */
    public int debounceMicros() {
        return (int) (debounce.toNanos() / 1000);
    }

    /** The kernel's reasons to refuse these settings, as {@code gpio_v2_line_flags_validate} checks them. */
    public void validate() {
        if (edge != Edge.NONE && direction != Direction.INPUT) {
            throw new IllegalArgumentException("edge detection needs an input line, not " + direction);
        }
        if (drive != Drive.PUSH_PULL && direction != Direction.OUTPUT) {
            throw new IllegalArgumentException(drive + " drive needs an output line");
        }
        if (bias != Bias.AS_IS && direction == Direction.AS_IS) {
            throw new IllegalArgumentException("bias needs a direction (input or output)");
        }
        if (!debounce.isZero() && direction != Direction.INPUT) {
            throw new IllegalArgumentException("debounce needs an input line");
        }
    }

    /** The gpio_v2_line_flag word. */
    public long flags() {
        long flags = 0;
        flags |= switch (direction) {
            case AS_IS -> 0;
            case INPUT -> FLAG_INPUT;
            case OUTPUT -> FLAG_OUTPUT;
        };
        if (edge.rising()) {
            flags |= FLAG_EDGE_RISING;
        }
        if (edge.falling()) {
            flags |= FLAG_EDGE_FALLING;
        }
        flags |= switch (bias) {
            case AS_IS -> 0;
            case PULL_UP -> FLAG_BIAS_PULL_UP;
            case PULL_DOWN -> FLAG_BIAS_PULL_DOWN;
            case DISABLED -> FLAG_BIAS_DISABLED;
        };
        flags |= switch (drive) {
            case PUSH_PULL -> 0;
            case OPEN_DRAIN -> FLAG_OPEN_DRAIN;
            case OPEN_SOURCE -> FLAG_OPEN_SOURCE;
        };
        if (activeLow) {
            flags |= FLAG_ACTIVE_LOW;
        }
        flags |= switch (clock) {
            case MONOTONIC -> 0;
            case REALTIME -> FLAG_EVENT_CLOCK_REALTIME;
            case HTE -> FLAG_EVENT_CLOCK_HTE;
        };
        return flags;
    }

    /** Decodes a flag word (as line info reports it) and a debounce period in microseconds. */
    public static LineSettings fromFlags(long flags, long debounceMicros) {
        Direction direction = (flags & FLAG_OUTPUT) != 0 ? Direction.OUTPUT : (flags & FLAG_INPUT) != 0 ? Direction.INPUT : Direction.AS_IS;
        boolean rising = (flags & FLAG_EDGE_RISING) != 0;
        boolean falling = (flags & FLAG_EDGE_FALLING) != 0;
        Edge edge = rising && falling ? Edge.BOTH : rising ? Edge.RISING : falling ? Edge.FALLING : Edge.NONE;
        Bias bias = (flags & FLAG_BIAS_PULL_UP) != 0 ? Bias.PULL_UP : (flags & FLAG_BIAS_PULL_DOWN) != 0 ? Bias.PULL_DOWN
                : (flags & FLAG_BIAS_DISABLED) != 0 ? Bias.DISABLED : Bias.AS_IS;
        Drive drive = (flags & FLAG_OPEN_DRAIN) != 0 ? Drive.OPEN_DRAIN : (flags & FLAG_OPEN_SOURCE) != 0 ? Drive.OPEN_SOURCE : Drive.PUSH_PULL;
        EventClock clock = (flags & FLAG_EVENT_CLOCK_HTE) != 0 ? EventClock.HTE
                : (flags & FLAG_EVENT_CLOCK_REALTIME) != 0 ? EventClock.REALTIME : EventClock.MONOTONIC;
        return new LineSettings(direction, edge, bias, drive, (flags & FLAG_ACTIVE_LOW) != 0,
                Duration.ofNanos(debounceMicros * 1000), clock);
    }
}
