package dev.gpioint.acpi.interpreter;

/**
 * An OperationRegion: its address space, base and length, and the node it is named by (a PCI_Config region
 * finds its device through the node's parent). A {@link RegionHandler} serves the accesses.
 */
public final class AmlRegion implements AmlNamedObject {
    final int space;
    final long offset;
    final long length;
    AmlNode node;

    AmlRegion(int space, long offset, long length) {
        this.space = space;
        this.offset = offset;
        this.length = length;
    }

    /** The address-space ID (0 SystemMemory, 1 SystemIO, 2 PCI_Config, 3 EmbeddedControl, 8 GeneralPurposeIo, 9 GenericSerialBus...). */
    public int space() {
        return space;
    }

    /** The region's base address in its space. */
    public long offset() {
        return offset;
    }

    /** The region's length in bytes. */
    public long length() {
        return length;
    }

    /** The region's path. */
    public String path() {
        return node == null ? "?" : node.path();
    }

    @Override
    public int objectType() {
        return 10;
    }

    @Override
    public String describe() {
        return "OperationRegion " + RegionSpace.name(space) + " 0x" + Long.toHexString(offset) + "+0x" + Long.toHexString(length);
    }
}
