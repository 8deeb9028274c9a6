package dev.gpioint.kernel;

/** A scheduled action on the machine's clock; cancel it before it fires to stop it. */
public interface TimerHandle {
    /** Stops the action if it has not fired; true if this call stopped it. */
    boolean cancel();

    /** The machine time, in nanoseconds, at which the action fires. */
    long dueNanos();
}
