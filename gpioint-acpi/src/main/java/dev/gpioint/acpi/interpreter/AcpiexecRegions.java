package dev.gpioint.acpi.interpreter;

/**
 * The hardware ACPICA's {@code acpiexec} 20200925 simulates, so gpioint's results can be compared with it on
 * the same tables: memory-like spaces (SystemMemory, SystemIO, PCI_Config, EmbeddedControl, CMOS, PCC...) are
 * zero-filled stores that keep what is written; a SMBus or GenericSerialBus transfer answers status 0, the
 * protocol's data length, and data bytes 0xA0, 0xA1, ...; IPMI answers status 0, length 64, then the byte
 * index; a GeneralPurposeIo field reads 0 and ignores writes. These are facts measured with acpiexec and read
 * from its documented handler, not the behaviour of any real device.
 */
public final class AcpiexecRegions implements RegionHandler {
    private final SimulatedRegions memory = new SimulatedRegions();

    /** Writes {@code bytes} at {@code address} of a memory-like {@code space} before the firmware runs. */
    public AcpiexecRegions preload(int space, long address, byte... bytes) {
        memory.preload(space, address, bytes);
        return this;
    }

    @Override
    public long read(RegionAccess access) {
        return access.space() == RegionSpace.GENERAL_PURPOSE_IO ? 0 : memory.read(access);
    }

    @Override
    public void write(RegionAccess access, long value) {
        if (access.space() != RegionSpace.GENERAL_PURPOSE_IO) {
            memory.write(access, value);
        }
    }

    @Override
    public byte[] transfer(RegionAccess access, byte[] data, boolean write) {
        byte[] out = new byte[data.length];
        switch (access.space()) {
            case RegionSpace.SMBUS, RegionSpace.GENERIC_SERIAL_BUS -> {
                int length = write ? writeLength(access) : FieldIo.protocolLength(access.attribute(), access.accessLength(), 8);
                if (out.length > 1) {
                    out[1] = (byte) length;
                }
                for (int i = 0; i < length && i + 2 < out.length; i++) {
                    out[i + 2] = (byte) (0xA0 + i);
                }
            }
            case RegionSpace.IPMI -> {
                if (out.length > 1) {
                    out[1] = 64;
                }
                for (int i = 4; i < out.length; i++) {
                    out[i] = (byte) i;
                }
            }
            default -> {
                return RegionHandler.super.transfer(access, data, write);
            }
        }
        return out;
    }

    /** What acpiexec reports as the length of a write: data flows back only for the process-call protocols. */
    private static int writeLength(RegionAccess access) {
        return switch (access.attribute()) {
            case 0x0C -> 2;
            case 0x0D -> 32;
            case 0x0B, 0x0E, 0x0F -> access.accessLength();
            default -> 0;
        };
    }
}
