package dev.gpioint.acpi.resource;

import dev.gpioint.firmware.VendorData;

/**
 * I2cSerialBus / I2cSerialBusV2 (large item 0x0E, serial bus type 1). Holds every field of the binary form, so that encoding a decoded descriptor gives the same bytes
 * (reserved bits and non-canonical offsets aside); field meanings and layout live in {@link DescriptorTables}.
 *
 * @param revisionId 1 for I2cSerialBus, 2 for I2cSerialBusV2
 * @param slaveMode 0 ControllerInitiated, 1 DeviceInitiated
 * @param usage 1 ResourceConsumer, 0 ResourceProducer
 * @param sharing 0 Exclusive, 1 Shared
 * @param addressingMode 0 7-bit, 1 10-bit
 * @param typeRevisionId type-specific revision (1)
 * @param speed connection speed in Hz
 * @param address target address
 * @param vendorData vendor bytes (stored before the source string)
 * @param source the bus controller's namepath
 */
public record I2cSerialBusDescriptor(int revisionId, int sourceIndex, int slaveMode, int usage, int sharing, int addressingMode, int typeRevisionId, long speed, int address, VendorData vendorData, String source) implements ResourceDescriptor {
    public I2cSerialBusDescriptor {
        java.util.Objects.requireNonNull(vendorData, "vendorData");
        java.util.Objects.requireNonNull(source, "source");
    }
}
