package dev.gpioint.firmware;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A GPIO pin used as an interrupt ({@code GpioInt}). The PnP manager turns it into an ordinary interrupt
 * resource whose vector is a secondary GSIV the GPIO hub allocates for this controller pin.
 *
 * @param controller         the GPIO controller device ({@code ResourceSource})
 * @param pin                controller-relative pin number
 * @param mode               edge or level
 * @param polarity           active high, low, or both edges
 * @param sharing            exclusive or shared
 * @param wake               wake capable ({@code ExclusiveAndWake} / {@code SharedAndWake})
 * @param pull               pin bias
 * @param pullCode           the raw pin-configuration byte (equals {@code pull.acpiCode()} unless vendor-defined)
 * @param debounceHundredthsMs debounce timeout in hundredths of a millisecond (0 = none), 0-65535
 * @param driveStrengthHundredthsMa output drive strength in hundredths of a milliampere (0 for interrupts)
 * @param vendorData         vendor-defined bytes
 */
public record GpioInt(NamePath controller, int pin, InterruptMode mode, Polarity polarity, Sharing sharing, boolean wake,
                      PullConfiguration pull, int pullCode, int debounceHundredthsMs, int driveStrengthHundredthsMa,
                      VendorData vendorData) implements FirmwareResource {

    public GpioInt {
        Objects.requireNonNull(controller, "controller");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(polarity, "polarity");
        Objects.requireNonNull(sharing, "sharing");
        Objects.requireNonNull(pull, "pull");
        Objects.requireNonNull(vendorData, "vendorData");
        Ranges.check("pin", pin, 0, 0xFFFF);
        Ranges.check("debounce timeout", debounceHundredthsMs, 0, 0xFFFF);
        Ranges.check("drive strength", driveStrengthHundredthsMa, 0, 0xFFFF);
        Ranges.checkPull(pull, pullCode);
    }

    /** A GpioInt with default pull, no debounce, no drive strength and no vendor data. */
    public static GpioInt of(NamePath controller, int pin, InterruptMode mode, Polarity polarity, Sharing sharing, boolean wake) {
        return new GpioInt(controller, pin, mode, polarity, sharing, wake, PullConfiguration.DEFAULT, 0, 0, 0, VendorData.EMPTY);
    }

    /** The debounce timeout as a duration (one unit is 10 microseconds). */
    public Duration debounce() {
        return Duration.ofNanos(debounceHundredthsMs * 10_000L);
    }

    @Override
    public Optional<NamePath> resourceSource() {
        return Optional.of(controller);
    }

    @Override
    public String kind() {
        return "GpioInt";
    }
}
