package dev.gpioint.pnp;

/** Where a device is in its life, as the PnP manager sees it. */
public enum DeviceState {
    /** Known from firmware, not yet considered. */
    DISCOVERED,
    /** {@code _STA} says it is absent or disabled. */
    NOT_PRESENT,
    /** No registered driver matches its hardware IDs. */
    NO_DRIVER,
    /** Its driver is being started. */
    STARTING,
    /** Started and in D0. */
    STARTED,
    /** Started, but in a low-power state. */
    POWERED_DOWN,
    /** Stopped: hardware released. */
    STOPPED,
    /** Failed; the node's failure reason says why. */
    FAILED
}
