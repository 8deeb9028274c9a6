package dev.gpioint.linux.client;

import dev.gpioint.firmware.InterruptMode;
import dev.gpioint.firmware.Polarity;
import dev.gpioint.firmware.PullConfiguration;
import dev.gpioint.gpio.GpioInterruptParameters;
import dev.gpioint.linux.uapi.Bias;
import dev.gpioint.linux.uapi.Edge;
import dev.gpioint.linux.uapi.LineSettings;
import java.time.Duration;

/**
 * Turns a GpioInt's interrupt parameters into the line request that delivers them. Edge pins ask for the
 * firmware's edge (ActiveHigh = rising, ActiveLow = falling, ActiveBoth = both). Level pins cannot be asked for
 * (the uAPI has no level flags): they ask for both edges and the client emulates the level from edges plus
 * value reads. Polarity stays physical (no ACTIVE_LOW flag), so edge kinds and values mean electrical levels.
 * Bias follows the pull; debounce converts ACPI's hundredths of a millisecond to microseconds, as
 * gpiolib-acpi does.
 */
public final class PinSettings {
    private PinSettings() {
    }

    public static LineSettings of(GpioInterruptParameters p) {
        Edge edge = p.mode() == InterruptMode.LEVEL ? Edge.BOTH : switch (p.polarity()) {
            case ACTIVE_HIGH -> Edge.RISING;
            case ACTIVE_LOW -> Edge.FALLING;
            case ACTIVE_BOTH -> Edge.BOTH;
        };
        return LineSettings.edges(edge).withBias(bias(p.pull()))
                .withDebounce(Duration.ofNanos(p.debounceHundredthsMs() * 10_000L));
    }

    /** The electrical level at which a level pin is asserted. */
    public static boolean assertedHigh(Polarity polarity) {
        return polarity != Polarity.ACTIVE_LOW;
    }

    static Bias bias(PullConfiguration pull) {
        return switch (pull) {
            case DEFAULT, VENDOR_DEFINED -> Bias.AS_IS;
            case UP -> Bias.PULL_UP;
            case DOWN -> Bias.PULL_DOWN;
            case NONE -> Bias.DISABLED;
        };
    }
}
