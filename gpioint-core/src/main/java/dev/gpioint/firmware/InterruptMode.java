package dev.gpioint.firmware;

/** How an interrupt signal is sampled: on a level, or on an edge (latched). Mirrors {@code KINTERRUPT_MODE}. */
public enum InterruptMode {
    /** Level-sensitive: the line requests service while it is at its asserted level. */
    LEVEL,
    /** Edge-triggered (latched): a transition to the asserted level requests service once. */
    EDGE
}
