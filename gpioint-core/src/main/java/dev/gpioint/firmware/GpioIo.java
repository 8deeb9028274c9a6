package dev.gpioint.firmware;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * GPIO pins used for input or output ({@code GpioIo}). The PnP manager turns it into a GPIO_IO connection
 * resource whose ID the resource hub maps back to this descriptor.
 *
 * @param pins controller-relative pin numbers, in firmware order (at least one)
 */
public record GpioIo(NamePath controller, List<Integer> pins, Sharing sharing, boolean wake, PullConfiguration pull,
                     int pullCode, int debounceHundredthsMs, int driveStrengthHundredthsMa, IoRestriction ioRestriction,
                     VendorData vendorData) implements FirmwareResource {

    public GpioIo {
        Objects.requireNonNull(controller, "controller");
        Objects.requireNonNull(sharing, "sharing");
        Objects.requireNonNull(pull, "pull");
        Objects.requireNonNull(ioRestriction, "ioRestriction");
        Objects.requireNonNull(vendorData, "vendorData");
        pins = List.copyOf(pins);
        if (pins.isEmpty()) {
            throw new IllegalArgumentException("GpioIo needs at least one pin");
        }
        for (int pin : pins) {
            Ranges.check("pin", pin, 0, 0xFFFF);
        }
        Ranges.check("debounce timeout", debounceHundredthsMs, 0, 0xFFFF);
        Ranges.check("drive strength", driveStrengthHundredthsMa, 0, 0xFFFF);
        Ranges.checkPull(pull, pullCode);
    }

    /** GpioIo pins with default pull and no debounce, drive strength or vendor data. */
    public static GpioIo of(NamePath controller, IoRestriction restriction, Sharing sharing, Integer... pins) {
        return new GpioIo(controller, List.of(pins), sharing, false, PullConfiguration.DEFAULT, 0, 0, 0, restriction,
                VendorData.EMPTY);
    }

    public Duration debounce() {
        return Duration.ofNanos(debounceHundredthsMs * 10_000L);
    }

    @Override
    public Optional<NamePath> resourceSource() {
        return Optional.of(controller);
    }

    @Override
    public String kind() {
        return "GpioIo";
    }
}
