package dev.gpioint.kernel;

/**
 * Where a chain of interrupt objects gets its requests: a primary line or a GPIO pin. The dispatcher masks a
 * level source while its passive ISRs are pending and unmasks it after they return (an edge source needs
 * neither: it was cleared before dispatch).
 */
public interface InterruptSource {
    boolean isLevel();

    /** Masks a level source while a passive ISR runs; at the dispatching IRQL. */
    void maskForPassive();

    /** Unmasks it after the passive ISRs returned; re-raises if the device still asserts. At PASSIVE. */
    void unmaskAfterPassive();

    /** "GSIV 50" or "\_SB.GPO0 pin 3", for messages and statistics. */
    String describe();
}
