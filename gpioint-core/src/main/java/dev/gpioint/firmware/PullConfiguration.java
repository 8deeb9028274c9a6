package dev.gpioint.firmware;

/**
 * The pin bias a GpioInt or GpioIo asks for. ACPI encodes it in one byte: 0 default, 1 up, 2 down, 3 none;
 * 0x80-0xFF are vendor-defined and are kept as {@link #VENDOR_DEFINED} with the raw code in the descriptor.
 */
public enum PullConfiguration {
    DEFAULT,
    UP,
    DOWN,
    NONE,
    VENDOR_DEFINED;

    /** The ACPI pin-configuration code of a standard value; vendor-defined values keep their own code. */
    public int acpiCode() {
        return switch (this) {
            case DEFAULT -> 0;
            case UP -> 1;
            case DOWN -> 2;
            case NONE -> 3;
            case VENDOR_DEFINED -> throw new IllegalStateException("vendor-defined pull has no fixed code");
        };
    }

    /** The value for an ACPI pin-configuration byte (0-255). */
    public static PullConfiguration fromAcpiCode(int code) {
        return switch (code) {
            case 0 -> DEFAULT;
            case 1 -> UP;
            case 2 -> DOWN;
            case 3 -> NONE;
            default -> {
                if (code >= 0x80 && code <= 0xFF) {
                    yield VENDOR_DEFINED;
                }
                throw new IllegalArgumentException("pin configuration " + code + " is reserved (0x04-0x7F) or out of range");
            }
        };
    }
}
