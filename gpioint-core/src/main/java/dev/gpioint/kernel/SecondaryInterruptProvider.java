package dev.gpioint.kernel;

import dev.gpioint.status.NtStatusException;

/**
 * A controller that raises secondary interrupts (the GPIO hub, for one GPIO controller): it owns a range of
 * GSIVs, one per pin, and is told when the first interrupt object connects to a pin and the last disconnects.
 */
public interface SecondaryInterruptProvider {
    /** The controller's name, for messages. */
    String name();

    /** The IRQL a DIRQL ISR on this pin runs at: the controller's own interrupt level. */
    int irql(int pin);

    /** Whether an ISR on this pin may run at DIRQL (false when the controller is reached only at PASSIVE). */
    boolean allowsDirql(int pin);

    /** The first interrupt object connects to {@code pin}: enable it. Throws to refuse the connect. */
    void enablePin(int pin) throws NtStatusException;

    /** The last interrupt object disconnected from {@code pin}: disable it. */
    void disablePin(int pin);

    /** The pin as an interrupt source (for masking around passive ISRs). */
    InterruptSource source(int pin);
}
