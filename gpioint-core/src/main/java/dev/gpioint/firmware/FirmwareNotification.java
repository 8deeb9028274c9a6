package dev.gpioint.firmware;

import java.util.Objects;

/**
 * A {@code Notify (object, code)} the firmware executed: an event the platform raises for one object of its
 * namespace (ACPI 6.5 section 5.6.6, "Device Object Notifications"). Values below 0x80 mean the same for every
 * device and are the OS's to act on; 0x80 and above are device-specific (a lid's 0x80 says its state changed).
 * Immutable.
 *
 * @param target     the notified object's absolute path
 * @param targetKind what the object is: only Devices, Processors and ThermalZones can be notified
 * @param code       the notification value, as the 32-bit {@code NotifyCode} a driver's callback receives
 */
public record FirmwareNotification(NamePath target, TargetKind targetKind, int code) {
    /** {@code Notify} 0x00: re-enumerate the devices from this one down (their {@code _STA} may have changed). */
    public static final int BUS_CHECK = 0x00;
    /** {@code Notify} 0x01: this device appeared or disappeared: check its {@code _STA}. */
    public static final int DEVICE_CHECK = 0x01;
    /** {@code Notify} 0x02: this device signaled wake. */
    public static final int DEVICE_WAKE = 0x02;
    /** {@code Notify} 0x03: the platform asks to eject this device. */
    public static final int EJECT_REQUEST = 0x03;
    /** The first device-specific value. */
    public static final int FIRST_DEVICE_SPECIFIC = 0x80;

    /** The kinds of object {@code Notify} accepts. */
    public enum TargetKind {
        DEVICE("a device"), PROCESSOR("a processor"), THERMAL_ZONE("a thermal zone");

        private final String description;

        TargetKind(String description) {
            this.description = description;
        }

        /** "a thermal zone". */
        public String description() {
            return description;
        }
    }

    public FirmwareNotification {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(targetKind, "targetKind");
    }

    /** "0x80 (device-specific)", "0x01 (device check)", "0x05 (defined by ACPI)". */
    public String describeCode() {
        String meaning = switch (code) {
            case BUS_CHECK -> "bus check";
            case DEVICE_CHECK -> "device check";
            case DEVICE_WAKE -> "device wake";
            case EJECT_REQUEST -> "eject request";
            default -> Integer.compareUnsigned(code, FIRST_DEVICE_SPECIFIC) >= 0 ? "device-specific" : "defined by ACPI";
        };
        return String.format("0x%02X (%s)", code, meaning);
    }
}
