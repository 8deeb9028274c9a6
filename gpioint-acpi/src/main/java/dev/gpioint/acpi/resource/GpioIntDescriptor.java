package dev.gpioint.acpi.resource;

import dev.gpioint.firmware.VendorData;
import java.util.List;

/**
 * GpioInt: a GPIO pin used as an interrupt (large item 0x0C, connection type 0). Holds every field of the binary form, so that encoding a decoded descriptor gives the same bytes
 * (reserved bits and non-canonical offsets aside); field meanings and layout live in {@link DescriptorTables}.
 *
 * @param revisionId descriptor revision (1)
 * @param usage 1 ResourceConsumer, 0 ResourceProducer
 * @param mode 0 Level, 1 Edge
 * @param polarity 0 ActiveHigh, 1 ActiveLow, 2 ActiveBoth
 * @param sharing 0 Exclusive, 1 Shared, 2 ExclusiveAndWake, 3 SharedAndWake
 * @param pinConfig 0 PullDefault, 1 PullUp, 2 PullDown, 3 PullNone, 0x80-0xFF vendor
 * @param outputDriveStrength hundredths of mA (iasl writes 0 for GpioInt)
 * @param debounceTimeout hundredths of ms
 * @param sourceIndex ResourceSourceIndex byte (reserved, normally 0)
 * @param source the GPIO controller's namepath
 * @param pins pin numbers (ASL allows exactly one; binary tables may carry more)
 * @param vendorData vendor bytes, placed after the source string
 */
public record GpioIntDescriptor(int revisionId, int usage, int mode, int polarity, int sharing, int pinConfig, int outputDriveStrength, int debounceTimeout, int sourceIndex, String source, List<Integer> pins, VendorData vendorData) implements ResourceDescriptor {
    public GpioIntDescriptor {
        java.util.Objects.requireNonNull(source, "source");
        pins = List.copyOf(pins);
        java.util.Objects.requireNonNull(vendorData, "vendorData");
    }
}
