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
 * @param callbackBoundNanos how long one controller-client callback may keep the processor before the class
 *                       extension fails the controller: gpioint's stand-in for the DPC watchdog (bug check 0x133).
 *                       Defaults: {@link #DETERMINISTIC_CALLBACK_BOUND_NANOS} and {@link #REALTIME_CALLBACK_BOUND_NANOS}
 */
public record MachineOptions(int processors, boolean deterministic, IdlePolicy idlePolicy, int workerThreads,
                             int stormThreshold, long maxSteps, boolean measureTime, long callbackBoundNanos) {
    /**
     * 100 us: the longest a DPC routine (and a {@code KeStallExecutionProcessor} in one) should run, per
     * Microsoft's DPC guidelines. Virtual time passes only when a callback stalls, so the bound is exact and
     * nothing but a stall can trip it.
     */
    public static final long DETERMINISTIC_CALLBACK_BOUND_NANOS = 100_000L;
    /**
     * 20 s: the single DPC/ISR allotment of Windows' DPC watchdog as bug check 0x133 dumps show it (0x500 clock
     * ticks of 15.625 ms). Wall-clock time includes preemption and collector pauses of the JVM's threads, so a
     * tight bound would fail healthy controllers on a loaded host.
     */
    public static final long REALTIME_CALLBACK_BOUND_NANOS = 20_000_000_000L;

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
        if (callbackBoundNanos < 1) {
            throw new IllegalArgumentException("callbackBoundNanos must be positive");
        }
    }

    /** A deterministic machine with {@code processors} processors and default limits. */
    public static MachineOptions deterministic(int processors) {
        return new MachineOptions(processors, true, IdlePolicy.PARK, 1, 1000, 10_000_000L, true, DETERMINISTIC_CALLBACK_BOUND_NANOS);
    }

    /** A realtime machine with {@code processors} processor threads. */
    public static MachineOptions realtime(int processors, IdlePolicy idlePolicy) {
        return new MachineOptions(processors, false, idlePolicy, 2, 1000, 10_000_000L, true, REALTIME_CALLBACK_BOUND_NANOS);
    }

    public MachineOptions withMeasureTime(boolean value) {
        return new MachineOptions(processors, deterministic, idlePolicy, workerThreads, stormThreshold, maxSteps, value, callbackBoundNanos);
    }

    public MachineOptions withStormThreshold(int value) {
        return new MachineOptions(processors, deterministic, idlePolicy, workerThreads, value, maxSteps, measureTime, callbackBoundNanos);
    }

    /** The same options with client callbacks bounded by {@code value} of machine time. */
    public MachineOptions withCallbackBound(java.time.Duration value) {
        return new MachineOptions(processors, deterministic, idlePolicy, workerThreads, stormThreshold, maxSteps, measureTime,
                value.toNanos());
    }
}
