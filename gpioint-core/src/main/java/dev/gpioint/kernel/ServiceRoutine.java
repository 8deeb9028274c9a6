package dev.gpioint.kernel;

/**
 * An interrupt service routine bound to its context when connected. Returns true when its device raised the
 * interrupt (claimed), false otherwise. Called at the interrupt's IRQL, or at PASSIVE for a passive interrupt,
 * with the interrupt's lock held. Must not allocate on the hot path.
 */
@FunctionalInterface
public interface ServiceRoutine {
    boolean service(KInterrupt interrupt);
}
