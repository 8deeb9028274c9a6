package dev.gpioint.acpi.interpreter;

/** The operation-region address spaces of ACPI 6.5 table 19.x, by ID, with their ASL names. */
public final class RegionSpace {
    public static final int SYSTEM_MEMORY = 0;
    public static final int SYSTEM_IO = 1;
    public static final int PCI_CONFIG = 2;
    public static final int EMBEDDED_CONTROL = 3;
    public static final int SMBUS = 4;
    public static final int SYSTEM_CMOS = 5;
    public static final int PCI_BAR_TARGET = 6;
    public static final int IPMI = 7;
    public static final int GENERAL_PURPOSE_IO = 8;
    public static final int GENERIC_SERIAL_BUS = 9;
    public static final int PCC = 10;

    private static final String[] NAMES = {"SystemMemory", "SystemIO", "PCI_Config", "EmbeddedControl", "SMBus",
            "SystemCMOS", "PciBarTarget", "IPMI", "GeneralPurposeIo", "GenericSerialBus", "PCC"};

    private RegionSpace() {
    }

    /** The ASL name of a space ID, or {@code 0xNN} for an OEM-defined or unknown one. */
    public static String name(int space) {
        return space >= 0 && space < NAMES.length ? NAMES[space] : "0x%02X".formatted(space);
    }

    /**
     * The ID of a space named as ASL names it (case does not matter) or as a number ({@code 0x80} for an OEM
     * space); IllegalArgumentException listing the names for anything else.
     */
    public static int id(String name) {
        for (int i = 0; i < NAMES.length; i++) {
            if (NAMES[i].equalsIgnoreCase(name)) {
                return i;
            }
        }
        try {
            int id = name.toLowerCase(java.util.Locale.ROOT).startsWith("0x") ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name);
            if (id >= 0 && id <= 0xFF) {
                return id;
            }
        } catch (NumberFormatException e) {
            // fall through to the message
        }
        throw new IllegalArgumentException("unknown region space '" + name + "' (one of " + String.join(", ", NAMES) + ", or 0x80..0xFF)");
    }

    /** True for spaces whose fields move a data buffer (status, length, data) rather than an integer. */
    static boolean isBufferSpace(int space) {
        return space == SMBUS || space == IPMI || space == GENERIC_SERIAL_BUS || space == PCC;
    }
}
