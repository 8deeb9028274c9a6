package dev.gpioint.linux.uapi;

/** Which edges a line request reports; any edge detection requires {@link Direction#INPUT}. */
public enum Edge {
    NONE, RISING, FALLING, BOTH;

    boolean rising() {
        return this == RISING || this == BOTH;
    }

    boolean falling() {
        return this == FALLING || this == BOTH;
    }
}
