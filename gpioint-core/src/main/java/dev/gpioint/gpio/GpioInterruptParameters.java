package dev.gpioint.gpio;

import dev.gpioint.firmware.InterruptMode;
import dev.gpioint.firmware.Polarity;
import dev.gpioint.firmware.PullConfiguration;
import dev.gpioint.firmware.VendorData;
import java.util.Objects;

/**
 * {@code GPIO_ENABLE_INTERRUPT_PARAMETERS}: how to configure one pin as an interrupt. Built once per connected
 * pin and reused for every unmask.
 *
 * @param bank                 bank number
 * @param pin                  bank-relative pin number
 * @param debounceHundredthsMs debounce timeout, hundredths of a millisecond (0 = none)
 */
public record GpioInterruptParameters(int bank, int pin, InterruptMode mode, Polarity polarity, PullConfiguration pull,
                                      int debounceHundredthsMs, VendorData vendorData) {
    public GpioInterruptParameters {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(polarity, "polarity");
        Objects.requireNonNull(pull, "pull");
        Objects.requireNonNull(vendorData, "vendorData");
    }

    /** The same pin with another mode and polarity (for ActiveBoth emulation). */
    public GpioInterruptParameters with(InterruptMode newMode, Polarity newPolarity) {
        return new GpioInterruptParameters(bank, pin, newMode, newPolarity, pull, debounceHundredthsMs, vendorData);
    }
}
