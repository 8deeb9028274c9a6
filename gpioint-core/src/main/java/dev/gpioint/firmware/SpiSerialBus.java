package dev.gpioint.firmware;

import java.util.Objects;
import java.util.Optional;

/**
 * A SPI target on a bus controller ({@code SpiSerialBusV2}). Becomes a SERIAL/SPI connection resource.
 *
 * @param deviceSelection  the chip-select line
 * @param chipSelectActiveHigh true when chip select is active high
 * @param fourWire         true for four-wire mode, false for three-wire
 * @param dataBitLength    bits per transfer word
 * @param speedHz          connection speed in hertz
 * @param clockPolarityHigh clock idles high (CPOL=1)
 * @param clockPhaseSecond data sampled on the second clock edge (CPHA=1)
 */
public record SpiSerialBus(NamePath controller, int deviceSelection, boolean chipSelectActiveHigh, boolean fourWire,
                           int dataBitLength, long speedHz, boolean clockPolarityHigh, boolean clockPhaseSecond,
                           boolean controllerInitiated, Sharing sharing, VendorData vendorData) implements FirmwareResource {

    public SpiSerialBus {
        Objects.requireNonNull(controller, "controller");
        Objects.requireNonNull(sharing, "sharing");
        Objects.requireNonNull(vendorData, "vendorData");
        Ranges.check("device selection", deviceSelection, 0, 0xFFFF);
        Ranges.check("data bit length", dataBitLength, 1, 0xFF);
        Ranges.check("SPI speed", speedHz, 0, 0xFFFF_FFFFL);
    }

    @Override
    public Optional<NamePath> resourceSource() {
        return Optional.of(controller);
    }

    @Override
    public String kind() {
        return "SpiSerialBusV2";
    }

    /** The SPI mode, 0 to 3: clock polarity in bit 1, clock phase in bit 0. */
    public int mode() {
        return (clockPolarityHigh ? 2 : 0) | (clockPhaseSecond ? 1 : 0);
    }

    /** "SpiSerialBusV2 to \_SB.SP20, chip select 0, 8000000 Hz, mode 0, 8-bit words", for messages. */
    public String describe() {
        return kind() + " to " + controller + ", chip select " + deviceSelection + ", " + speedHz + " Hz, mode " + mode() + ", "
                + dataBitLength + "-bit words" + (fourWire ? "" : ", three-wire") + (chipSelectActiveHigh ? ", select active high" : "");
    }
}
