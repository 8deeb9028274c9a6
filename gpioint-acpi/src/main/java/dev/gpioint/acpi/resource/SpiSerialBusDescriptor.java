package dev.gpioint.acpi.resource;

import dev.gpioint.firmware.VendorData;

/**
 * SpiSerialBus / SpiSerialBusV2 (large item 0x0E, serial bus type 2). Holds every field of the binary form, so that encoding a decoded descriptor gives the same bytes
 * (reserved bits and non-canonical offsets aside); field meanings and layout live in {@link DescriptorTables}.
 *
 * @param revisionId 1 for SpiSerialBus, 2 for SpiSerialBusV2
 * @param wireMode 0 FourWireMode, 1 ThreeWireMode
 * @param devicePolarity 0 PolarityLow, 1 PolarityHigh
 * @param clockPhase 0 ClockPhaseFirst, 1 ClockPhaseSecond
 * @param clockPolarity 0 ClockPolarityLow, 1 ClockPolarityHigh
 */
public record SpiSerialBusDescriptor(int revisionId, int sourceIndex, int slaveMode, int usage, int sharing, int wireMode, int devicePolarity, int typeRevisionId, long speed, int dataBitLength, int clockPhase, int clockPolarity, int deviceSelection, VendorData vendorData, String source) implements ResourceDescriptor {
    public SpiSerialBusDescriptor {
        java.util.Objects.requireNonNull(vendorData, "vendorData");
        java.util.Objects.requireNonNull(source, "source");
    }
}
