package dev.gpioint.driver;

/** Device power states: D0 is working; D1 to D3 are progressively deeper low-power states. */
public enum DevicePowerState {
    D0, D1, D2, D3
}
