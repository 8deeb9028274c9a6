package dev.gpioint.kernel;

/** The body of a {@link Dpc} or {@link WorkItem}: runs at DISPATCH_LEVEL or PASSIVE_LEVEL respectively. */
@FunctionalInterface
public interface DeferredRoutine {
    void run();
}
