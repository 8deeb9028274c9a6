package dev.gpioint.sim.board;

import dev.gpioint.sim.SignalSink;

/** Simulated hardware whose pins other devices' outputs can be wired to: a GPIO controller or expander. */
public interface GpioPinSource {
    int pinCount();

    SignalSink pinInput(int pin);
}
