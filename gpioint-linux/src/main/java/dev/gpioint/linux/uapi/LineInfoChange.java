package dev.gpioint.linux.uapi;

/**
 * A change to a watched line, read from the chip fd ({@code struct gpio_v2_line_info_changed}).
 *
 * @param timestampNs CLOCK_MONOTONIC time of the change
 */
public record LineInfoChange(Kind kind, long timestampNs, LineInfo info) {
    /** {@code enum gpio_v2_line_changed_type}. */
    public enum Kind { REQUESTED, RELEASED, RECONFIGURED, UNKNOWN }

    static Kind kind(int type) {
        return switch (type) {
            case GpioUapi.LINE_CHANGED_REQUESTED -> Kind.REQUESTED;
            case GpioUapi.LINE_CHANGED_RELEASED -> Kind.RELEASED;
            case GpioUapi.LINE_CHANGED_CONFIG -> Kind.RECONFIGURED;
            default -> Kind.UNKNOWN;
        };
    }
}
