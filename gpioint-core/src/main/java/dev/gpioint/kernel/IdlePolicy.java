package dev.gpioint.kernel;

/** What an idle realtime processor thread does: burn its core for the lowest latency, or park. */
public enum IdlePolicy {
    /** Spin (with {@link Thread#onSpinWait()}): lowest wake-up latency, one core busy per processor. */
    SPIN,
    /** Park until woken: no CPU when idle, microseconds to wake. */
    PARK
}
