package dev.gpioint.acpi.resource;

import dev.gpioint.firmware.VendorData;
import java.util.List;

/**
 * GpioIo: GPIO pins used for input/output (large item 0x0C, connection type 1). Holds every field of the binary form, so that encoding a decoded descriptor gives the same bytes
 * (reserved bits and non-canonical offsets aside); field meanings and layout live in {@link DescriptorTables}.
 *
 * @param revisionId descriptor revision (1)
 * @param usage 1 ResourceConsumer, 0 ResourceProducer
 * @param sharing 0 Exclusive, 1 Shared, 2 ExclusiveAndWake, 3 SharedAndWake
 * @param pinConfig 0 PullDefault, 1 PullUp, 2 PullDown, 3 PullNone, 0x80-0xFF vendor
 * @param debounceTimeout hundredths of ms
 * @param outputDriveStrength hundredths of mA
 * @param ioRestriction 0 None, 1 InputOnly, 2 OutputOnly, 3 NoneAndPreserve
 * @param sourceIndex ResourceSourceIndex byte
 * @param source the GPIO controller's namepath
 * @param pins pin numbers in firmware order
 * @param vendorData vendor bytes
 */
public record GpioIoDescriptor(int revisionId, int usage, int sharing, int pinConfig, int debounceTimeout, int outputDriveStrength, int ioRestriction, int sourceIndex, String source, List<Integer> pins, VendorData vendorData) implements ResourceDescriptor {
    public GpioIoDescriptor {
        java.util.Objects.requireNonNull(source, "source");
        pins = List.copyOf(pins);
        java.util.Objects.requireNonNull(vendorData, "vendorData");
    }
}
