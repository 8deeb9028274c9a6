package dev.gpioint.firmware;

/**
 * Which signal level (or edge) asserts an interrupt. Mirrors {@code KINTERRUPT_POLARITY}: for an edge
 * interrupt ACTIVE_HIGH means rising and ACTIVE_LOW falling; ACTIVE_BOTH means either edge (only GpioInt
 * can ask for it).
 */
public enum Polarity {
    ACTIVE_HIGH,
    ACTIVE_LOW,
    ACTIVE_BOTH;

    /** True when a line at {@code level} is asserted under this polarity; ACTIVE_BOTH has no asserted level. */
    public boolean isAssertedAt(boolean level) {
        return switch (this) {
            case ACTIVE_HIGH -> level;
            case ACTIVE_LOW -> !level;
            case ACTIVE_BOTH -> throw new IllegalStateException("ActiveBoth has no single asserted level");
        };
    }
}
