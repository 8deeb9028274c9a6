package dev.gpioint.acpi.resource;

/** The keyword vocabularies of ASL resource macros, with the values iasl encodes for each keyword. */
final class AslKeywords {
    private AslKeywords() {
    }

    static final Keywords EDGE_LEVEL = Keywords.of("EdgeLevel", "Level", 0, "Edge", 1);
    static final Keywords ACTIVE_LEVEL_GPIO = Keywords.of("ActiveLevel", "ActiveHigh", 0, "ActiveLow", 1, "ActiveBoth", 2);
    // ActiveBoth is left out on purpose: iasl writes it into the Shared bit of IRQ and Interrupt().
    static final Keywords ACTIVE_LEVEL = Keywords.of("ActiveLevel", "ActiveHigh", 0, "ActiveLow", 1);
    static final Keywords SHARE_WAKE = Keywords.of("Shared", "Exclusive", 0, "Shared", 1, "ExclusiveAndWake", 2, "SharedAndWake", 3);
    static final Keywords SHARE = Keywords.of("Shared", "Exclusive", 0, "Shared", 1);
    static final Keywords PIN_PULL = Keywords.withNumbers("PinConfig", 0x80, 0xFF,
            "PullDefault", 0, "PullUp", 1, "PullDown", 2, "PullNone", 3);
    static final Keywords USAGE = Keywords.of("ResourceUsage", "ResourceConsumer", 1, "ResourceProducer", 0);
    static final Keywords IO_RESTRICTION = Keywords.of("IORestriction", "IoRestrictionNone", 0, "IoRestrictionInputOnly", 1,
            "IoRestrictionOutputOnly", 2, "IoRestrictionNoneAndPreserve", 3);
    static final Keywords SLAVE_MODE = Keywords.of("SlaveMode", "ControllerInitiated", 0, "DeviceInitiated", 1);
    static final Keywords ADDRESSING = Keywords.of("AddressingMode", "AddressingMode7Bit", 0, "AddressingMode10Bit", 1);
    static final Keywords DEVICE_POLARITY = Keywords.of("DevicePolarity", "PolarityLow", 0, "PolarityHigh", 1);
    static final Keywords WIRE_MODE = Keywords.of("WireMode", "FourWireMode", 0, "ThreeWireMode", 1);
    static final Keywords CLOCK_POLARITY = Keywords.of("ClockPolarity", "ClockPolarityLow", 0, "ClockPolarityHigh", 1);
    static final Keywords CLOCK_PHASE = Keywords.of("ClockPhase", "ClockPhaseFirst", 0, "ClockPhaseSecond", 1);
    static final Keywords DATA_BITS = Keywords.of("BitsPerByte", "DataBitsFive", 0, "DataBitsSix", 1, "DataBitsSeven", 2,
            "DataBitsEight", 3, "DataBitsNine", 4);
    static final Keywords STOP_BITS = Keywords.of("StopBits", "StopBitsZero", 0, "StopBitsOne", 1, "StopBitsOnePlusHalf", 2,
            "StopBitsTwo", 3);
    static final Keywords ENDIAN = Keywords.of("IsBigEndian", "LittleEndian", 0, "BigEndian", 1);
    static final Keywords PARITY = Keywords.of("Parity", "ParityTypeNone", 0, "ParityTypeEven", 1, "ParityTypeOdd", 2,
            "ParityTypeMark", 3, "ParityTypeSpace", 4);
    static final Keywords FLOW_CONTROL = Keywords.of("FlowControl", "FlowControlNone", 0, "FlowControlHardware", 1,
            "FlowControlXON", 2);
    static final Keywords READ_WRITE = Keywords.of("ReadWrite", "ReadWrite", 1, "ReadOnly", 0);
    static final Keywords IO_DECODE = Keywords.of("IoDecode", "Decode16", 1, "Decode10", 0);
    static final Keywords DMA_TYPE = Keywords.of("DmaType", "Compatibility", 0, "TypeA", 1, "TypeB", 2, "TypeF", 3);
    static final Keywords BUS_MASTER = Keywords.of("BusMaster", "BusMaster", 1, "NotBusMaster", 0);
    static final Keywords TRANSFER = Keywords.of("TransferType", "Transfer8", 0, "Transfer8_16", 1, "Transfer16", 2);
    static final Keywords DMA_WIDTH = Keywords.of("TransferWidth", "Width8bit", 0, "Width16bit", 1, "Width32bit", 2,
            "Width64bit", 3, "Width128bit", 4, "Width256bit", 5);
    static final Keywords DECODE = Keywords.of("Decode", "PosDecode", 0, "SubDecode", 1);
    static final Keywords MIN_FIXED = Keywords.of("IsMinFixed", "MinNotFixed", 0, "MinFixed", 1);
    static final Keywords MAX_FIXED = Keywords.of("IsMaxFixed", "MaxNotFixed", 0, "MaxFixed", 1);
    static final Keywords CACHEABLE = Keywords.of("Cacheable", "NonCacheable", 0, "Cacheable", 1, "WriteCombining", 2,
            "Prefetchable", 3);
    static final Keywords MEMORY_RANGE = Keywords.of("MemoryRangeType", "AddressRangeMemory", 0, "AddressRangeReserved", 1,
            "AddressRangeACPI", 2, "AddressRangeNVS", 3);
    static final Keywords TRANSLATION_TYPE = Keywords.of("TranslationType", "TypeStatic", 0, "TypeTranslation", 1);
    static final Keywords ISA_RANGES = Keywords.of("ISARanges", "EntireRange", 3, "NonISAOnlyRanges", 1, "ISAOnlyRanges", 2);
    static final Keywords DENSITY = Keywords.of("TranslationDensity", "DenseTranslation", 0, "SparseTranslation", 1);
    static final Keywords ADDRESS_SPACE = Keywords.withNumbers("AddressSpaceKeyword", 0x80, 0xFF,
            "SystemMemory", 0, "SystemIO", 1, "PCI_Config", 2, "EmbeddedControl", 3, "SMBus", 4, "SystemCMOS", 5,
            "PciBarTarget", 6, "IPMI", 7, "GeneralPurposeIo", 8, "GenericSerialBus", 9, "PCC", 0x0A, "FFixedHW", 0x7F);
}
