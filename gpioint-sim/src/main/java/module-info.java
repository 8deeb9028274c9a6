/** Simulated hardware for gpioint: a memory-mapped GPIO controller and peripherals, on the machine's time. */
module dev.gpioint.sim {
    requires transitive dev.gpioint.core;
    exports dev.gpioint.sim;
}
