package dev.gpioint.acpi.resource;

import dev.gpioint.firmware.VendorData;

/**
 * UartSerialBus / UartSerialBusV2 (large item 0x0E, serial bus type 3). Holds every field of the binary form, so that encoding a decoded descriptor gives the same bytes
 * (reserved bits and non-canonical offsets aside); field meanings and layout live in {@link DescriptorTables}.
 *
 * @param flowControl 0 None, 1 Hardware, 2 XON/XOFF
 * @param stopBits 0 none, 1 one, 2 one and a half, 3 two
 * @param dataBits 0 five ... 4 nine
 * @param endian 0 LittleEndian, 1 BigEndian
 * @param parity 0 None, 1 Even, 2 Odd, 3 Mark, 4 Space
 */
public record UartSerialBusDescriptor(int revisionId, int sourceIndex, int slaveMode, int usage, int sharing, int flowControl, int stopBits, int dataBits, int endian, int typeRevisionId, long baudRate, int rxFifoSize, int txFifoSize, int parity, int linesInUse, VendorData vendorData, String source) implements ResourceDescriptor {
    public UartSerialBusDescriptor {
        java.util.Objects.requireNonNull(vendorData, "vendorData");
        java.util.Objects.requireNonNull(source, "source");
    }
}
