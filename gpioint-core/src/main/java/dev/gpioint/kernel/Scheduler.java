package dev.gpioint.kernel;

import java.time.Duration;

/** How a machine runs its work: on one thread in virtual time, or on processor threads in real time. */
sealed interface Scheduler permits DeterministicScheduler, RealtimeScheduler {
    long nanoTime();

    /** A processor got work; wake it if it sleeps. Must not allocate. */
    void wake(Processor processor);

    void enqueuePassive(WorkItem item);

    TimerHandle schedule(long delayNanos, Runnable action);

    /** A coarse clock: {@link #nanoTime} as of the last clock tick, for cheap bounds checks. Must not allocate. */
    long tickNanos();

    /** Keeps the calling processor busy for {@code nanos} (KeStallExecutionProcessor). */
    void stall(long nanos);

    void runUntilIdle();

    void advance(Duration duration);

    /** Waits until {@code done} is true, running work if this scheduler runs on the caller's thread. */
    void runUntil(java.util.function.BooleanSupplier done, String what);

    void start();

    void stop();
}
