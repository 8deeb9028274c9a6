package dev.gpioint.firmware;

import java.util.Objects;
import java.util.Optional;

/**
 * An I2C target on a bus controller ({@code I2cSerialBusV2}). Becomes a SERIAL/I2C connection resource.
 *
 * @param address          the 7- or 10-bit target address
 * @param tenBitAddressing true for 10-bit addressing
 * @param speedHz          the connection speed in hertz
 * @param controllerInitiated true when the controller initiates (ACPI {@code ControllerInitiated})
 */
public record I2cSerialBus(NamePath controller, int address, boolean tenBitAddressing, long speedHz,
                           boolean controllerInitiated, Sharing sharing, VendorData vendorData) implements FirmwareResource {

    public I2cSerialBus {
        Objects.requireNonNull(controller, "controller");
        Objects.requireNonNull(sharing, "sharing");
        Objects.requireNonNull(vendorData, "vendorData");
        Ranges.check("I2C address", address, 0, tenBitAddressing ? 0x3FF : 0x7F);
        Ranges.check("I2C speed", speedHz, 0, 0xFFFF_FFFFL);
    }

    public static I2cSerialBus of(NamePath controller, int address, long speedHz) {
        return new I2cSerialBus(controller, address, false, speedHz, true, Sharing.EXCLUSIVE, VendorData.EMPTY);
    }

    @Override
    public Optional<NamePath> resourceSource() {
        return Optional.of(controller);
    }

    @Override
    public String kind() {
        return "I2cSerialBusV2";
    }

    /** "I2cSerialBusV2 to \_SB.IC22, address 0x68, 400000 Hz", for messages. */
    public String describe() {
        return kind() + " to " + controller + ", address 0x" + Integer.toHexString(address) + (tenBitAddressing ? " 10-bit" : "")
                + ", " + speedHz + " Hz";
    }
}
