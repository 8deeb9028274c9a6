package dev.gpioint.acpi.resource;

import static dev.gpioint.acpi.resource.AslKeywords.*;

import dev.gpioint.acpi.resource.AslArg.Braces.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The one declaration of every supported descriptor kind: where each field sits in the binary form (offsets
 * from the tag byte, per ACPI 6.x section 6.4 and ACPICA's amlresrc.h layouts), and which ASL macro arguments
 * fill it, with iasl's defaults. Nothing else in the codec knows a layout.
 */
public final class DescriptorTables {
    private DescriptorTables() {
    }

    private static final long U32 = 0xFFFF_FFFFL;
    private static final long U64 = -1L;

    // ---- small items -----------------------------------------------------------------------------------

    static final DescriptorSpec IRQ = small("IRQ", IrqDescriptor.class, 0x04, 4, false,
            List.of(mask("irqs", 1, 2), bits("mode", 3, 1, 0, 1), bits("polarity", 3, 1, 3, 1), bits("sharing", 3, 1, 4, 2)),
            form("IRQ", args(kw("mode", EDGE_LEVEL), kw("polarity", ACTIVE_LEVEL), kw("sharing", SHARE_WAKE, 0), name()),
                    braces("irqs", Kind.INTS, 15, 0, 16)));

    static final DescriptorSpec IRQ_NO_FLAGS = small("IRQNoFlags", IrqNoFlagsDescriptor.class, 0x04, 3, false,
            List.of(mask("irqs", 1, 2)),
            form("IRQNoFlags", args(name()), braces("irqs", Kind.INTS, 15, 0, 16)));

    static final DescriptorSpec DMA = small("DMA", DmaDescriptor.class, 0x05, 3, false,
            List.of(mask("channels", 1, 1), bits("transferSize", 2, 1, 0, 2), bits("busMaster", 2, 1, 2, 1),
                    bits("type", 2, 1, 5, 2)),
            form("DMA", args(kw("type", DMA_TYPE), kw("busMaster", BUS_MASTER, 1), kw("transferSize", TRANSFER), name()),
                    braces("channels", Kind.INTS, 7, 0, 8)));

    static final DescriptorSpec START_DEPENDENT_FN = small("StartDependentFn", StartDependentFnDescriptor.class, 0x06, 2, false,
            List.of(bits("compatibility", 1, 1, 0, 2), bits("performance", 1, 1, 2, 2)),
            form("StartDependentFn", args(number("compatibility", 2), number("performance", 2))));

    static final DescriptorSpec START_DEPENDENT_FN_NO_PRI = small("StartDependentFnNoPri",
            StartDependentFnNoPriDescriptor.class, 0x06, 1, false, List.of(), form("StartDependentFnNoPri", args()));

    static final DescriptorSpec END_DEPENDENT_FN = small("EndDependentFn", EndDependentFnDescriptor.class, 0x07, 1, false,
            List.of(), form("EndDependentFn", args()));

    static final DescriptorSpec IO = small("IO", IoDescriptor.class, 0x08, 8, false,
            List.of(bits("decode", 1, 1, 0, 1), num("minimum", 2, 2), num("maximum", 4, 2), num("alignment", 6, 1),
                    num("length", 7, 1)),
            form("IO", args(kw("decode", IO_DECODE), number("minimum", 0xFFFF), number("maximum", 0xFFFF),
                    number("alignment", 0xFF), number("length", 0xFF), name())));

    static final DescriptorSpec FIXED_IO = small("FixedIO", FixedIoDescriptor.class, 0x09, 4, false,
            List.of(num("base", 1, 2), num("length", 3, 1)),
            form("FixedIO", args(number("base", 0x3FF), number("length", 0xFF), name())));

    static final DescriptorSpec FIXED_DMA = small("FixedDMA", FixedDmaDescriptor.class, 0x0A, 6, false,
            List.of(num("requestLine", 1, 2), num("channel", 3, 2), num("width", 5, 1)),
            form("FixedDMA", args(number("requestLine", 0xFFFF), number("channel", 0xFFFF), kw("width", DMA_WIDTH, 2), name())));

    static final DescriptorSpec VENDOR_SHORT = small("VendorShort", VendorShortDescriptor.class, 0x0E, 1, true,
            List.of(new Field.RawBytes("data")),
            form("VendorShort", args(name()), braces("data", Kind.BYTES, 0xFF, 0, 7)));

    static final DescriptorSpec END_TAG = small("EndTag", EndTagDescriptor.class, 0x0F, 2, false,
            List.of(num("checksum", 1, 1)));

    // ---- large items -----------------------------------------------------------------------------------

    static final DescriptorSpec MEMORY24 = large("Memory24", Memory24Descriptor.class, 0x01, 12, false,
            List.of(bits("writeStatus", 3, 1, 0, 1), num("minimum", 4, 2), num("maximum", 6, 2), num("alignment", 8, 2),
                    num("length", 10, 2)),
            form("Memory24", args(kw("writeStatus", READ_WRITE, 1), number("minimum", 0xFFFF), number("maximum", 0xFFFF),
                    number("alignment", 0xFFFF), number("length", 0xFFFF), name())));

    static final DescriptorSpec GENERIC_REGISTER = large("Register", GenericRegisterDescriptor.class, 0x02, 15, false,
            List.of(num("addressSpace", 3, 1), num("bitWidth", 4, 1), num("bitOffset", 5, 1), num("accessSize", 6, 1),
                    num("address", 7, 8)),
            form("Register", args(kw("addressSpace", ADDRESS_SPACE), number("bitWidth", 0xFF), number("bitOffset", 0xFF),
                    number("address", U64), number("accessSize", 4, 0), name())));

    static final DescriptorSpec VENDOR_LONG = large("VendorLong", VendorLongDescriptor.class, 0x04, 3, true,
            List.of(new Field.RawBytes("data")),
            form("VendorLong", args(name()), braces("data", Kind.BYTES, 0xFF, 0, 0xFFFF)));

    static final DescriptorSpec MEMORY32 = large("Memory32", Memory32Descriptor.class, 0x05, 20, false,
            List.of(bits("writeStatus", 3, 1, 0, 1), num("minimum", 4, 4), num("maximum", 8, 4), num("alignment", 12, 4),
                    num("length", 16, 4)),
            form("Memory32", args(kw("writeStatus", READ_WRITE, 1), number("minimum", U32), number("maximum", U32),
                    number("alignment", U32), number("length", U32), name())));

    static final DescriptorSpec MEMORY32_FIXED = large("Memory32Fixed", Memory32FixedDescriptor.class, 0x06, 12, false,
            List.of(bits("writeStatus", 3, 1, 0, 1), num("base", 4, 4), num("length", 8, 4)),
            form("Memory32Fixed", args(kw("writeStatus", READ_WRITE, 1), number("base", U32), number("length", U32), name())));

    static final DescriptorSpec DWORD_ADDRESS = address("DWord", DWordAddressDescriptor.class, 0x07, 4, true);
    static final DescriptorSpec WORD_ADDRESS = address("Word", WordAddressDescriptor.class, 0x08, 2, false);
    static final DescriptorSpec QWORD_ADDRESS = address("QWord", QWordAddressDescriptor.class, 0x0A, 8, true);

    static final DescriptorSpec EXTENDED_ADDRESS = large("ExtendedAddress", ExtendedAddressDescriptor.class, 0x0B, 56, false,
            List.of(num("resourceType", 3, 1), bits("usage", 4, 1, 0, 1), bits("decode", 4, 1, 1, 1),
                    bits("minFixed", 4, 1, 2, 1), bits("maxFixed", 4, 1, 3, 1), num("typeSpecificFlags", 5, 1),
                    num("revisionId", 6, 1), new Field.Const(7, 1, 0, false), num("granularity", 8, 8),
                    num("minimum", 16, 8), num("maximum", 24, 8), num("translation", 32, 8), num("length", 40, 8),
                    num("typeSpecificAttributes", 48, 8)),
            form("ExtendedMemory", concat(memoryHead(), ranges(U64), args(number("typeSpecificAttributes", U64, 0), name()),
                    memoryTail()), Map.of("resourceType", 0, "revisionId", 1)),
            form("ExtendedIO", concat(ioHead(), ranges(U64), args(number("typeSpecificAttributes", U64, 0), name()), ioTail()),
                    Map.of("resourceType", 1, "revisionId", 1)),
            form("ExtendedSpace", concat(spaceHead(), ranges(U64), args(number("typeSpecificAttributes", U64, 0), name())),
                    Map.of("revisionId", 1)));

    static final DescriptorSpec EXTENDED_INTERRUPT = large("Interrupt", ExtendedInterruptDescriptor.class, 0x09, 5, true,
            List.of(bits("usage", 3, 1, 0, 1), bits("mode", 3, 1, 1, 1), bits("polarity", 3, 1, 2, 1),
                    bits("sharing", 3, 1, 3, 2), new Field.CountedList("interrupts", 4, 4), new Field.OptionalSource("source")),
            form("Interrupt", args(kw("usage", USAGE, 1), kw("mode", EDGE_LEVEL), kw("polarity", ACTIVE_LEVEL),
                    kw("sharing", SHARE_WAKE, 0), new AslArg.SourceIndex("source"), new AslArg.SourcePath("source"), name()),
                    braces("interrupts", Kind.LONGS, U32, 1, 255)));

    static final DescriptorSpec GPIO_INT = large("GpioInt", GpioIntDescriptor.class, 0x0C, 23, true,
            List.of(num("revisionId", 3, 1), new Field.Const(4, 1, 0, true), bits("usage", 5, 2, 0, 1),
                    bits("mode", 7, 2, 0, 1), bits("polarity", 7, 2, 1, 2), bits("sharing", 7, 2, 3, 2),
                    num("pinConfig", 9, 1), num("outputDriveStrength", 10, 2), num("debounceTimeout", 12, 2),
                    num("sourceIndex", 16, 1), new Field.PinTable("pins", 14), new Field.OffsetString("source", 17),
                    new Field.OffsetVendor("vendorData", 19, 21)),
            form("GpioInt", args(kw("mode", EDGE_LEVEL), kw("polarity", ACTIVE_LEVEL_GPIO), kw("sharing", SHARE_WAKE, 0),
                    kw("pinConfig", PIN_PULL), number("debounceTimeout", 0xFFFF, 0), text("source"),
                    number("sourceIndex", 0xFF, 0), kw("usage", USAGE, 1), name(), vendor("vendorData")),
                    braces("pins", Kind.INTS, 0xFFFF, 1, 1), Map.of("revisionId", 1, "outputDriveStrength", 0)));

    static final DescriptorSpec GPIO_IO = large("GpioIo", GpioIoDescriptor.class, 0x0C, 23, true,
            List.of(num("revisionId", 3, 1), new Field.Const(4, 1, 1, true), bits("usage", 5, 2, 0, 1),
                    bits("ioRestriction", 7, 2, 0, 2), bits("sharing", 7, 2, 3, 2),
                    num("pinConfig", 9, 1), num("outputDriveStrength", 10, 2), num("debounceTimeout", 12, 2),
                    num("sourceIndex", 16, 1), new Field.PinTable("pins", 14), new Field.OffsetString("source", 17),
                    new Field.OffsetVendor("vendorData", 19, 21)),
            form("GpioIo", args(kw("sharing", SHARE_WAKE, 0), kw("pinConfig", PIN_PULL), number("debounceTimeout", 0xFFFF, 0),
                    number("outputDriveStrength", 0xFFFF, 0), kw("ioRestriction", IO_RESTRICTION, 0), text("source"),
                    number("sourceIndex", 0xFF, 0), kw("usage", USAGE, 1), name(), vendor("vendorData")),
                    braces("pins", Kind.INTS, 0xFFFF, 1, 0x7FFF), Map.of("revisionId", 1)));

    static final DescriptorSpec I2C = serial("I2cSerialBus", I2cSerialBusDescriptor.class, 1, 6,
            List.of(bits("addressingMode", 7, 2, 0, 1), num("speed", 12, 4), num("address", 16, 2)),
            args(number("address", 0xFFFF), kw("slaveMode", SLAVE_MODE, 0), number("speed", U32),
                    kw("addressingMode", ADDRESSING, 0)), true);

    static final DescriptorSpec SPI = serial("SpiSerialBus", SpiSerialBusDescriptor.class, 2, 9,
            List.of(bits("wireMode", 7, 2, 0, 1), bits("devicePolarity", 7, 2, 1, 1), num("speed", 12, 4),
                    num("dataBitLength", 16, 1), num("clockPhase", 17, 1), num("clockPolarity", 18, 1),
                    num("deviceSelection", 19, 2)),
            args(number("deviceSelection", 0xFFFF), kw("devicePolarity", DEVICE_POLARITY, 0), kw("wireMode", WIRE_MODE, 0),
                    number("dataBitLength", 0xFF), kw("slaveMode", SLAVE_MODE, 0), number("speed", U32),
                    kw("clockPolarity", CLOCK_POLARITY), kw("clockPhase", CLOCK_PHASE)), true);

    static final DescriptorSpec UART = serial("UartSerialBus", UartSerialBusDescriptor.class, 3, 10,
            List.of(bits("flowControl", 7, 2, 0, 2), bits("stopBits", 7, 2, 2, 2), bits("dataBits", 7, 2, 4, 3),
                    bits("endian", 7, 2, 7, 1), num("baudRate", 12, 4), num("rxFifoSize", 16, 2), num("txFifoSize", 18, 2),
                    num("parity", 20, 1), num("linesInUse", 21, 1)),
            args(number("baudRate", U32), kw("dataBits", DATA_BITS, 3), kw("stopBits", STOP_BITS, 1),
                    number("linesInUse", 0xFF), kw("endian", ENDIAN, 0), kw("parity", PARITY, 0),
                    kw("flowControl", FLOW_CONTROL, 0), number("rxFifoSize", 0xFFFF), number("txFifoSize", 0xFFFF)), false);

    /**
     * A serial bus connection of a type ACPI leaves to vendors (192-255, ACPI 6.5 table 6.4.3.8.2), such as the
     * SPMI connections of Qualcomm's PMIC devices (type 193). The common serial bus header is decoded; the
     * type-specific data is the vendor's. ASL has no macro for it (iasl -d prints such a template as a Buffer).
     */
    static final DescriptorSpec VENDOR_SERIAL = new DescriptorSpec("VendorSerialBus", VendorSerialBusDescriptor.class, true, 0x0E,
            12, true, List.of(num("revisionId", 3, 1), num("sourceIndex", 4, 1), new Field.Ranged("serialBusType", 5, 1, 192, 255),
                    bits("slaveMode", 6, 1, 0, 1), bits("usage", 6, 1, 1, 1), bits("sharing", 6, 1, 2, 1),
                    num("typeSpecificFlags", 7, 2), num("typeRevisionId", 9, 1), new Field.SerialVendor("typeData", 10, 0),
                    new Field.TrailingString("source")), List.of());

    static final DescriptorSpec PIN_FUNCTION = large("PinFunction", PinFunctionDescriptor.class, 0x0D, 18, true,
            List.of(num("revisionId", 3, 1), bits("sharing", 4, 2, 0, 1), num("pinConfig", 6, 1),
                    num("functionNumber", 7, 2), new Field.PinTable("pins", 9), num("sourceIndex", 11, 1),
                    new Field.OffsetString("source", 12), new Field.OffsetVendor("vendorData", 14, 16)),
            form("PinFunction", args(kw("sharing", SHARE, 0), kw("pinConfig", PIN_PULL), number("functionNumber", 0xFFFF),
                    text("source"), number("sourceIndex", 0xFF, 0), new AslArg.Ignored(USAGE), name(), vendor("vendorData")),
                    braces("pins", Kind.INTS, 0xFFFF, 1, 0x7FFF), Map.of("revisionId", 1)));

    static final DescriptorSpec PIN_CONFIG = large("PinConfig", PinConfigDescriptor.class, 0x0F, 20, true,
            List.of(num("revisionId", 3, 1), bits("sharing", 4, 2, 0, 1), bits("usage", 4, 2, 1, 1), num("configType", 6, 1),
                    num("configValue", 7, 4), new Field.PinTable("pins", 11), num("sourceIndex", 13, 1),
                    new Field.OffsetString("source", 14), new Field.OffsetVendor("vendorData", 16, 18)),
            form("PinConfig", args(kw("sharing", SHARE, 0), number("configType", 0xFF), number("configValue", U32),
                    text("source"), number("sourceIndex", 0xFF, 0), kw("usage", USAGE, 1), name(), vendor("vendorData")),
                    braces("pins", Kind.INTS, 0xFFFF, 1, 0x7FFF), Map.of("revisionId", 1)));

    static final DescriptorSpec PIN_GROUP = large("PinGroup", PinGroupDescriptor.class, 0x10, 14, true,
            List.of(num("revisionId", 3, 1), bits("usage", 4, 2, 0, 1), new Field.PinTable("pins", 6),
                    new Field.OffsetString("label", 8), new Field.OffsetVendor("vendorData", 10, 12)),
            form("PinGroup", args(text("label"), kw("usage", USAGE, 0), name(), vendor("vendorData")),
                    braces("pins", Kind.INTS, 0xFFFF, 1, 0x7FFF), Map.of("revisionId", 1)));

    static final DescriptorSpec PIN_GROUP_FUNCTION = large("PinGroupFunction", PinGroupFunctionDescriptor.class, 0x11, 17, true,
            List.of(num("revisionId", 3, 1), bits("sharing", 4, 2, 0, 1), bits("usage", 4, 2, 1, 1),
                    num("functionNumber", 6, 2), num("sourceIndex", 8, 1), new Field.OffsetString("source", 9),
                    new Field.OffsetString("sourceLabel", 11), new Field.OffsetVendor("vendorData", 13, 15)),
            form("PinGroupFunction", args(kw("sharing", SHARE, 0), number("functionNumber", 0xFFFF), text("source"),
                    number("sourceIndex", 0xFF, 0), text("sourceLabel"), kw("usage", USAGE, 1), name(), vendor("vendorData")),
                    Map.of("revisionId", 1)));

    static final DescriptorSpec PIN_GROUP_CONFIG = large("PinGroupConfig", PinGroupConfigDescriptor.class, 0x12, 20, true,
            List.of(num("revisionId", 3, 1), bits("sharing", 4, 2, 0, 1), bits("usage", 4, 2, 1, 1), num("configType", 6, 1),
                    num("configValue", 7, 4), num("sourceIndex", 11, 1), new Field.OffsetString("source", 12),
                    new Field.OffsetString("sourceLabel", 14), new Field.OffsetVendor("vendorData", 16, 18)),
            form("PinGroupConfig", args(kw("sharing", SHARE, 0), number("configType", 0xFF), number("configValue", U32),
                    text("source"), number("sourceIndex", 0xFF, 0), text("sourceLabel"), kw("usage", USAGE, 1), name(),
                    vendor("vendorData")), Map.of("revisionId", 1)));

    /** Every kind, small items first. */
    public static final List<DescriptorSpec> ALL = List.of(IRQ, IRQ_NO_FLAGS, DMA, START_DEPENDENT_FN,
            START_DEPENDENT_FN_NO_PRI, END_DEPENDENT_FN, IO, FIXED_IO, FIXED_DMA, VENDOR_SHORT, END_TAG, MEMORY24,
            GENERIC_REGISTER, VENDOR_LONG, MEMORY32, MEMORY32_FIXED, DWORD_ADDRESS, WORD_ADDRESS, QWORD_ADDRESS,
            EXTENDED_ADDRESS, EXTENDED_INTERRUPT, GPIO_INT, GPIO_IO, I2C, SPI, UART, VENDOR_SERIAL, PIN_FUNCTION, PIN_CONFIG, PIN_GROUP,
            PIN_GROUP_FUNCTION, PIN_GROUP_CONFIG);

    private static final Map<Class<?>, DescriptorSpec> BY_TYPE = new HashMap<>();
    private static final Map<DescriptorSpec, RecordShape> SHAPES = new HashMap<>();
    private static final Map<String, List<AslForm>> FORMS_BY_MACRO = new HashMap<>();
    private static final Map<AslForm, DescriptorSpec> SPEC_OF_FORM = new HashMap<>();

    static {
        for (DescriptorSpec spec : ALL) {
            BY_TYPE.put(spec.type(), spec);
            SHAPES.put(spec, new RecordShape(spec.type()));
            for (AslForm form : spec.forms()) {
                FORMS_BY_MACRO.computeIfAbsent(form.macro().toUpperCase(java.util.Locale.ROOT), k -> new ArrayList<>()).add(form);
                SPEC_OF_FORM.put(form, spec);
            }
        }
        ALL.forEach(DescriptorSpec::validate);
    }

    /** The spec of a descriptor's kind. */
    public static DescriptorSpec specOf(ResourceDescriptor descriptor) {
        return BY_TYPE.get(descriptor.getClass());
    }

    static RecordShape shapeOf(DescriptorSpec spec) {
        return SHAPES.get(spec);
    }

    /** The kinds with this item name, in table order. */
    static List<DescriptorSpec> candidates(boolean large, int itemName) {
        return ALL.stream().filter(s -> s.large() == large && s.itemName() == itemName).toList();
    }

    /** The ASL form called {@code macro} (case-insensitive, as ASL keywords are). */
    public static Optional<AslForm> form(String macro) {
        var forms = FORMS_BY_MACRO.get(macro.toUpperCase(java.util.Locale.ROOT));
        return forms == null ? Optional.empty() : Optional.of(forms.getFirst());
    }

    /** The spec that owns {@code form}. */
    public static DescriptorSpec specOf(AslForm form) {
        return SPEC_OF_FORM.get(form);
    }

    // ---- the table vocabulary ----------------------------------------------------------------------------

    private static DescriptorSpec address(String prefix, Class<? extends ResourceDescriptor> type, int item, int width,
                                          boolean hasMemoryForm) {
        long max = Bytes.max(width);
        int fixedLength = 6 + 5 * width;
        var fields = List.<Field>of(num("resourceType", 3, 1), bits("usage", 4, 1, 0, 1), bits("decode", 4, 1, 1, 1),
                bits("minFixed", 4, 1, 2, 1), bits("maxFixed", 4, 1, 3, 1), num("typeSpecificFlags", 5, 1),
                num("granularity", 6, width), num("minimum", 6 + width, width), num("maximum", 6 + 2 * width, width),
                num("translation", 6 + 3 * width, width), num("length", 6 + 4 * width, width),
                new Field.OptionalSource("source"));
        var forms = new ArrayList<AslForm>();
        if (hasMemoryForm) {
            forms.add(form(prefix + "Memory", concat(memoryHead(), ranges(max), sourceArgs(), memoryTail()),
                    Map.of("resourceType", 0)));
        }
        forms.add(form(prefix + "IO", concat(ioHead(), ranges(max), sourceArgs(), ioTail()), Map.of("resourceType", 1)));
        if (!hasMemoryForm) {
            forms.add(form(prefix + "BusNumber", concat(args(kw("usage", USAGE, 1), kw("minFixed", MIN_FIXED, 0),
                    kw("maxFixed", MAX_FIXED, 0), kw("decode", DECODE, 0)), ranges(max), sourceArgs()),
                    Map.of("resourceType", 2, "typeSpecificFlags", 0)));
        }
        forms.add(form(prefix + "Space", concat(spaceHead(), ranges(max), sourceArgs()), Map.of()));
        return new DescriptorSpec(prefix + "Address", type, true, item, fixedLength, true, fields, forms);
    }

    private static List<AslArg> memoryHead() {
        return args(kw("usage", USAGE, 1), kw("decode", DECODE, 0), kw("minFixed", MIN_FIXED, 0), kw("maxFixed", MAX_FIXED, 0),
                kwBits("typeSpecificFlags", CACHEABLE, 1, 2, 0), kwBits("typeSpecificFlags", READ_WRITE, 0, 1, 1));
    }

    private static List<AslArg> memoryTail() {
        return args(kwBits("typeSpecificFlags", MEMORY_RANGE, 3, 2, 0), kwBits("typeSpecificFlags", TRANSLATION_TYPE, 5, 1, 0));
    }

    private static List<AslArg> ioHead() {
        return args(kw("usage", USAGE, 1), kw("minFixed", MIN_FIXED, 0), kw("maxFixed", MAX_FIXED, 0), kw("decode", DECODE, 0),
                kwBits("typeSpecificFlags", ISA_RANGES, 0, 2, 3));
    }

    private static List<AslArg> ioTail() {
        return args(kwBits("typeSpecificFlags", TRANSLATION_TYPE, 4, 1, 0), kwBits("typeSpecificFlags", DENSITY, 5, 1, 0));
    }

    private static List<AslArg> spaceHead() {
        return args(number("resourceType", 0xFF), kw("usage", USAGE, 1), kw("decode", DECODE, 0), kw("minFixed", MIN_FIXED, 0),
                kw("maxFixed", MAX_FIXED, 0), number("typeSpecificFlags", 0xFF));
    }

    private static List<AslArg> ranges(long max) {
        return args(number("granularity", max), number("minimum", max), number("maximum", max), number("translation", max),
                number("length", max));
    }

    private static List<AslArg> sourceArgs() {
        return args(new AslArg.SourceIndex("source"), new AslArg.SourcePath("source"), name());
    }

    private static DescriptorSpec serial(String macro, Class<? extends ResourceDescriptor> type, int busType, int typeLength,
                                         List<Field> typeFields, List<AslArg> typeArgs, boolean hasSlaveMode) {
        var fields = new ArrayList<Field>(List.of(num("revisionId", 3, 1), num("sourceIndex", 4, 1),
                new Field.Const(5, 1, busType, true), bits("slaveMode", 6, 1, 0, 1), bits("usage", 6, 1, 1, 1),
                bits("sharing", 6, 1, 2, 1), num("typeRevisionId", 9, 1)));
        fields.addAll(typeFields);
        fields.add(new Field.SerialVendor("vendorData", 10, typeLength));
        fields.add(new Field.TrailingString("source"));
        var tail = args(text("source"), number("sourceIndex", 0xFF, 0), kw("usage", USAGE, 1), name());
        var v2 = concat(typeArgs, tail, args(kw("sharing", SHARE, 0), vendor("vendorData")));
        var v1 = concat(typeArgs, tail, args(vendor("vendorData")));
        Map<String, Object> fixed2 = hasSlaveMode ? Map.of("revisionId", 2, "typeRevisionId", 1)
                : Map.of("revisionId", 2, "typeRevisionId", 1, "slaveMode", 0);
        Map<String, Object> fixed1 = hasSlaveMode ? Map.of("revisionId", 1, "typeRevisionId", 1, "sharing", 0)
                : Map.of("revisionId", 1, "typeRevisionId", 1, "sharing", 0, "slaveMode", 0);
        return new DescriptorSpec(macro, type, true, 0x0E, 12 + typeLength, true, fields,
                List.of(form(macro + "V2", v2, fixed2), form(macro, v1, fixed1)));
    }

    private static DescriptorSpec small(String name, Class<? extends ResourceDescriptor> type, int item, int fixedLength,
                                        boolean variable, List<Field> fields, AslForm... forms) {
        return new DescriptorSpec(name, type, false, item, fixedLength, variable, fields, List.of(forms));
    }

    private static DescriptorSpec large(String name, Class<? extends ResourceDescriptor> type, int item, int fixedLength,
                                        boolean variable, List<Field> fields, AslForm... forms) {
        return new DescriptorSpec(name, type, true, item, fixedLength, variable, fields, List.of(forms));
    }

    private static Field num(String component, int offset, int width) {
        return new Field.Num(component, offset, width);
    }

    private static Field bits(String component, int offset, int width, int shift, int count) {
        return new Field.Bits(component, offset, width, shift, count);
    }

    private static Field mask(String component, int offset, int width) {
        return new Field.Mask(component, offset, width);
    }

    private static AslArg kw(String component, Keywords keywords) {
        return new AslArg.Keyword(component, keywords, 0, 0, OptionalLong.empty());
    }

    private static AslArg kw(String component, Keywords keywords, long defaultValue) {
        return new AslArg.Keyword(component, keywords, 0, 0, OptionalLong.of(defaultValue));
    }

    private static AslArg kwBits(String component, Keywords keywords, int shift, int bits, long defaultValue) {
        return new AslArg.Keyword(component, keywords, shift, bits, OptionalLong.of(defaultValue));
    }

    private static AslArg number(String component, long max) {
        return new AslArg.Number(component, max, OptionalLong.empty());
    }

    private static AslArg number(String component, long max, long defaultValue) {
        return new AslArg.Number(component, max, OptionalLong.of(defaultValue));
    }

    private static AslArg text(String component) {
        return new AslArg.Text(component);
    }

    private static AslArg name() {
        return new AslArg.DescriptorName();
    }

    private static AslArg vendor(String component) {
        return new AslArg.Vendor(component);
    }

    private static AslArg.Braces braces(String component, Kind kind, long max, int min, int maxCount) {
        return new AslArg.Braces(component, kind, max, min, maxCount);
    }

    private static List<AslArg> args(AslArg... args) {
        return List.of(args);
    }

    @SafeVarargs
    private static List<AslArg> concat(List<AslArg>... parts) {
        var all = new ArrayList<AslArg>();
        for (List<AslArg> part : parts) {
            all.addAll(part);
        }
        return all;
    }

    private static AslForm form(String macro, List<AslArg> args) {
        return new AslForm(macro, args, Optional.empty(), Map.of());
    }

    private static AslForm form(String macro, List<AslArg> args, AslArg.Braces braces) {
        return new AslForm(macro, args, Optional.of(braces), Map.of());
    }

    private static AslForm form(String macro, List<AslArg> args, Map<String, Object> fixed) {
        return new AslForm(macro, args, Optional.empty(), fixed);
    }

    private static AslForm form(String macro, List<AslArg> args, AslArg.Braces braces, Map<String, Object> fixed) {
        return new AslForm(macro, args, Optional.of(braces), fixed);
    }
}
