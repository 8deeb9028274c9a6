package dev.gpioint.kernel;

/**
 * How to build a {@link Machine}.
 *
 * @param processors     number of logical processors (1 to 64)
 * @param deterministic  true: one thread, virtual time; false: processor threads, wall-clock time
 * @param idlePolicy     what idle realtime processor threads do
 * @param workerThreads  passive worker threads (realtime only)
 * @param stormThreshold consecutive unsilenced level requests that make a storm
 * @param maxSteps       deterministic only: steps one run may take before it is declared runaway
 * @param measureTime    whether to measure ISR, DPC and work item time with the wall clock (costs two clock
 *                       reads per routine)
 */
public record MachineOptions(int processors, boolean deterministic, IdlePolicy idlePolicy, int workerThreads,
                             int stormThreshold, long maxSteps, boolean measureTime) {
    public MachineOptions {
        if (processors < 1 || processors > 64) {
            throw new IllegalArgumentException("processors must be 1..64, not " + processors);
        }
        if (workerThreads < 1) {
            throw new IllegalArgumentException("workerThreads must be at least 1");
        }
        if (stormThreshold < 2) {
            throw new IllegalArgumentException("stormThreshold must be at least 2");
        }
        if (maxSteps < 1) {
            throw new IllegalArgumentException("maxSteps must be positive");
        }
    }

    /** A deterministic machine with {@code processors} processors and default limits. */
    public static MachineOptions deterministic(int processors) {
        return new MachineOptions(processors, true, IdlePolicy.PARK, 1, 1000, 10_000_000L, true);
    }

    /** A realtime machine with {@code processors} processor threads. */
    public static MachineOptions realtime(int processors, IdlePolicy idlePolicy) {
        return new MachineOptions(processors, false, idlePolicy, 2, 1000, 10_000_000L, true);
    }

    public MachineOptions withMeasureTime(boolean value) {
        return new MachineOptions(processors, deterministic, idlePolicy, workerThreads, stormThreshold, maxSteps, value);
    }

    public MachineOptions withStormThreshold(int value) {
        return new MachineOptions(processors, deterministic, idlePolicy, workerThreads, value, maxSteps, measureTime);
    }
}
