package dev.gpioint.gpio;

import java.util.Objects;

/**
 * {@code CLIENT_CONTROLLER_BASIC_INFORMATION}: the controller's size and attributes.
 *
 * @param totalPins        pins on the controller
 * @param pinsPerBank      pins per bank, 1 to 64; only the last bank may be short
 * @param attributes       the controller's flags
 */
public record ControllerBasicInformation(int totalPins, int pinsPerBank, ControllerAttributes attributes) {
    public ControllerBasicInformation {
        Objects.requireNonNull(attributes, "attributes");
        if (totalPins < 1 || totalPins > 0xFFFF) {
            throw new IllegalArgumentException("a controller has 1..65535 pins, not " + totalPins);
        }
        if (pinsPerBank < 1 || pinsPerBank > 64) {
            throw new IllegalArgumentException("a bank has 1..64 pins, not " + pinsPerBank);
        }
    }

    /** {@code (TotalPins + NumberOfPinsPerBank - 1) / NumberOfPinsPerBank}. */
    public int bankCount() {
        return (totalPins + pinsPerBank - 1) / pinsPerBank;
    }
}
