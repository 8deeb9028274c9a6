package dev.gpioint.kernel;

/**
 * The interrupt objects connected to one secondary GSIV (one GPIO pin). The pin's controller calls
 * {@link #dispatch()} from its own ISR when the pin is active; this runs the pin's ISRs as
 * {@link InterruptChain} describes, on the calling processor, and allocates nothing.
 */
public final class SecondaryVector {
    private final long gsiv;
    private final SecondaryInterruptProvider provider;
    private final int pin;
    private final InterruptChain chain;
    private long dispatches;

    SecondaryVector(Machine machine, long gsiv, SecondaryInterruptProvider provider, int pin) {
        this.gsiv = gsiv;
        this.provider = provider;
        this.pin = pin;
        this.chain = new InterruptChain(machine, provider.source(pin));
    }

    public long gsiv() {
        return gsiv;
    }

    public int pin() {
        return pin;
    }

    public SecondaryInterruptProvider provider() {
        return provider;
    }

    /**
     * Runs the pin's ISRs (KeDispatchSecondaryInterrupt). Returns true if one claimed or passive ISRs were
     * queued (in which case a level pin stays masked until they return), false if the request was spurious.
     */
    public boolean dispatch() {
        dispatches++;
        return chain.dispatch(ExecutionContext.current());
    }

    public long dispatchCount() {
        return dispatches;
    }

    public long spuriousCount() {
        return chain.spuriousCount();
    }

    InterruptChain chain() {
        return chain;
    }
}
