package dev.gpioint.sim.board;

import dev.gpioint.sim.SimI2cBus;

/** Simulated hardware that owns an I2C bus other devices attach to. */
public interface I2cBusSource {
    SimI2cBus bus();
}
