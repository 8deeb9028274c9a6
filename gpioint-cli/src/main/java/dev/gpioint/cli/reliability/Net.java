package dev.gpioint.cli.reliability;

import dev.gpioint.firmware.InterruptMode;
import dev.gpioint.firmware.Polarity;

/**
 * One interrupt source of a generated board and how it triggers: a controller pin ({@code controller >= 0}) or
 * a primary line ({@code controller < 0}, GSIV {@code gsiv}). Every consumer of a net declares the same trigger.
 *
 * @param debounce GpioInt debounce timeout in hundredths of a millisecond (0: none)
 * @param shared   whether its consumers declare it Shared (several consumers need it)
 */
public record Net(int controller, int pin, long gsiv, InterruptMode mode, Polarity polarity, int debounce, boolean shared) {
    public boolean isPin() {
        return controller >= 0;
    }

    public boolean isLevel() {
        return mode == InterruptMode.LEVEL;
    }

    public boolean isActiveBoth() {
        return polarity == Polarity.ACTIVE_BOTH;
    }

    /** The debounce timeout in nanoseconds. */
    public long debounceNanos() {
        return debounce * 10_000L;
    }

    /** The electrical level (true = high) at which the net is asserted; ActiveBoth asserts low unless told. */
    public boolean assertedHigh() {
        return polarity == Polarity.ACTIVE_HIGH;
    }

    public String describe(BoardSpec board) {
        return (isPin() ? board.controllers().get(controller).path() + " pin " + pin : "GSIV " + gsiv) + " (" + mode + " " + polarity
                + (debounce > 0 ? " debounce " + debounce * 10 + "us" : "") + (shared ? " shared" : "") + ")";
    }
}
