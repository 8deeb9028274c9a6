package dev.gpioint.kernel;

import java.util.Objects;

/**
 * Something the machine, the framework or a driver reported, at a machine time.
 *
 * @param nanos   machine time in nanoseconds since the machine started (virtual when deterministic)
 * @param source  who reported it: a device path, "pnp", "hal", ...
 * @param kind    what sort of event
 * @param message what happened
 */
public record MachineEvent(long nanos, String source, Kind kind, String message) {
    public MachineEvent {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    /** The sorts of events. */
    public enum Kind {
        /** A driver's own report (a button press, a touch). */
        DRIVER,
        /** Device lifecycle: started, stopped, removed. */
        LIFECYCLE,
        /** A device or interrupt failed; the message says why. */
        FAILURE,
        /** An interrupt storm was detected and the source masked. */
        STORM,
        /** Anything else worth a line. */
        INFO
    }

    /** "  12.345678 ms  \_SB.BTN0  power pressed". */
    public String render() {
        return String.format("%12.6f ms  %-14s %s%s", nanos / 1e6, source,
                kind == Kind.DRIVER ? "" : kind.name().toLowerCase(java.util.Locale.ROOT) + ": ", message);
    }
}
