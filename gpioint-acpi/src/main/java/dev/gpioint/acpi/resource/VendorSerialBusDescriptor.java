package dev.gpioint.acpi.resource;

import dev.gpioint.firmware.VendorData;

/**
 * A serial bus connection of a vendor-defined type (large item 0x0E, serial bus type 192-255). Holds every field of
 * the binary form, so that encoding a decoded descriptor gives the same bytes; the layout lives in
 * {@link DescriptorTables}. It has no ASL macro.
 *
 * @param serialBusType   192..255
 * @param slaveMode       0 ControllerInitiated, 1 DeviceInitiated
 * @param usage           0 ResourceProducer, 1 ResourceConsumer
 * @param sharing         0 Exclusive, 1 Shared
 * @param typeSpecificFlags the vendor's two flag bytes
 * @param typeData        the vendor's type-specific data
 * @param source          the bus controller's path
 */
public record VendorSerialBusDescriptor(int revisionId, int sourceIndex, int serialBusType, int slaveMode, int usage, int sharing,
                                        int typeSpecificFlags, int typeRevisionId, VendorData typeData, String source)
        implements ResourceDescriptor {
    public VendorSerialBusDescriptor {
        java.util.Objects.requireNonNull(typeData, "typeData");
        java.util.Objects.requireNonNull(source, "source");
    }
}
