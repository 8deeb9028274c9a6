package dev.gpioint.acpi.source;

import dev.gpioint.acpi.resource.*;
import dev.gpioint.firmware.*;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Maps full-fidelity descriptors onto the core's source-neutral firmware model: GPIO, interrupt, serial bus,
 * fixed memory, I/O and DMA descriptors become their core resource; everything else becomes an
 * {@link OpaqueResource} described by its ASL text, so nothing is dropped and the order is kept. A descriptor
 * the core model rejects throws IllegalArgumentException with the reason (the caller marks the device).
 */
final class DescriptorMapper {
    private DescriptorMapper() {
    }

    /**
     * The core resource for {@code d}, or empty for the end tag; {@code resolve} turns a ResourceSource string
     * into a namespace path.
     */
    static Optional<FirmwareResource> map(ResourceDescriptor d, Function<String, NamePath> resolve) {
        return switch (d) {
            case EndTagDescriptor e -> Optional.empty();
            case GpioIntDescriptor g -> {
                if (g.pins().size() != 1) {
                    throw new IllegalArgumentException("GpioInt lists " + g.pins().size() + " pins; the core model takes exactly one");
                }
                yield Optional.of(new GpioInt(resolve.apply(g.source()), g.pins().getFirst(),
                        g.mode() == 1 ? InterruptMode.EDGE : InterruptMode.LEVEL, gpioPolarity(g.polarity()),
                        sharing(g.sharing()), (g.sharing() & 2) != 0, PullConfiguration.fromAcpiCode(g.pinConfig()),
                        g.pinConfig(), g.debounceTimeout(), g.outputDriveStrength(), g.vendorData()));
            }
            case GpioIoDescriptor g -> Optional.of(new GpioIo(resolve.apply(g.source()), g.pins(), sharing(g.sharing()),
                    (g.sharing() & 2) != 0, PullConfiguration.fromAcpiCode(g.pinConfig()), g.pinConfig(), g.debounceTimeout(),
                    g.outputDriveStrength(), IoRestriction.values()[g.ioRestriction()], g.vendorData()));
            case ExtendedInterruptDescriptor i -> Optional.of(new Interrupt(i.interrupts(),
                    i.mode() == 1 ? InterruptMode.EDGE : InterruptMode.LEVEL,
                    i.polarity() == 1 ? Polarity.ACTIVE_LOW : Polarity.ACTIVE_HIGH, sharing(i.sharing()),
                    (i.sharing() & 2) != 0, i.source().flatMap(ResourceSource::path).map(resolve)));
            case IrqDescriptor i -> Optional.of(new Interrupt(i.irqs().stream().map(Integer::longValue).toList(),
                    i.mode() == 1 ? InterruptMode.EDGE : InterruptMode.LEVEL,
                    i.polarity() == 1 ? Polarity.ACTIVE_LOW : Polarity.ACTIVE_HIGH, sharing(i.sharing()),
                    (i.sharing() & 2) != 0, Optional.empty()));
            case IrqNoFlagsDescriptor i -> Optional.of(new Interrupt(i.irqs().stream().map(Integer::longValue).toList(),
                    InterruptMode.EDGE, Polarity.ACTIVE_HIGH, Sharing.EXCLUSIVE, false, Optional.empty()));
            case I2cSerialBusDescriptor s -> Optional.of(new I2cSerialBus(resolve.apply(s.source()), s.address(),
                    s.addressingMode() == 1, s.speed(), s.slaveMode() == 0, sharing(s.sharing()), s.vendorData()));
            case SpiSerialBusDescriptor s -> Optional.of(new SpiSerialBus(resolve.apply(s.source()), s.deviceSelection(),
                    s.devicePolarity() == 1, s.wireMode() == 0, s.dataBitLength(), s.speed(), s.clockPolarity() == 1,
                    s.clockPhase() == 1, s.slaveMode() == 0, sharing(s.sharing()), s.vendorData()));
            case UartSerialBusDescriptor s -> Optional.of(new UartSerialBus(resolve.apply(s.source()), s.baudRate(),
                    s.dataBits() + 5, s.stopBits(), s.parity(), s.flowControl(), s.rxFifoSize(), s.txFifoSize(),
                    s.linesInUse(), s.endian() == 1, s.slaveMode() == 0, sharing(s.sharing()), s.vendorData()));
            case VendorSerialBusDescriptor s -> Optional.of(vendorSerialBus(s));
            case Memory32FixedDescriptor m -> Optional.of(new MemoryRange(m.base(), m.length(), m.writeStatus() == 1));
            case Memory32Descriptor m when m.minimum() == m.maximum() ->
                    Optional.of(new MemoryRange(m.minimum(), m.length(), m.writeStatus() == 1));
            case DWordAddressDescriptor a when fixedMemory(a.resourceType(), a.minFixed(), a.maxFixed()) ->
                    Optional.of(new MemoryRange(a.minimum(), a.length(), (a.typeSpecificFlags() & 1) == 1));
            case QWordAddressDescriptor a when fixedMemory(a.resourceType(), a.minFixed(), a.maxFixed()) ->
                    Optional.of(new MemoryRange(a.minimum(), a.length(), (a.typeSpecificFlags() & 1) == 1));
            case IoDescriptor io -> Optional.of(new IoPortRange(io.minimum(), io.length()));
            case FixedIoDescriptor io -> Optional.of(new IoPortRange(io.base(), io.length()));
            case DmaDescriptor dma when dma.channels().size() == 1 -> Optional.of(new DmaChannel(dma.channels().getFirst()));
            default -> Optional.of(new OpaqueResource(d.aslName(), ResourcePrinter.macro(d)));
        };
    }

    /**
     * A vendor-defined serial bus connection stays in the firmware model and is not handed to drivers: Windows does
     * not document how ACPI presents a connection of a vendor's bus type to a driver, and gpioint has no simulated
     * bus of such a type (Qualcomm's SPMI) to connect it to.
     */
    private static OpaqueResource vendorSerialBus(VendorSerialBusDescriptor s) {
        var text = new StringBuilder("VendorSerialBus (type 0x%02X, flags 0x%04X, %s, %s, %s".formatted(s.serialBusType(),
                s.typeSpecificFlags(), s.slaveMode() == 0 ? "ControllerInitiated" : "DeviceInitiated",
                s.usage() == 1 ? "ResourceConsumer" : "ResourceProducer", s.sharing() == 1 ? "Shared" : "Exclusive"));
        if (s.typeData().length() > 0) {
            text.append(", data ").append(s.typeData());
        }
        return new OpaqueResource("VendorSerialBus", text.append(") \"").append(s.source()).append('"').toString());
    }

    private static boolean fixedMemory(int resourceType, int minFixed, int maxFixed) {
        return resourceType == 0 && minFixed == 1 && maxFixed == 1;
    }

    private static Polarity gpioPolarity(int code) {
        return switch (code) {
            case 0 -> Polarity.ACTIVE_HIGH;
            case 1 -> Polarity.ACTIVE_LOW;
            case 2 -> Polarity.ACTIVE_BOTH;
            default -> throw new IllegalArgumentException("GpioInt polarity " + code + " is reserved");
        };
    }

    private static Sharing sharing(int code) {
        return (code & 1) != 0 ? Sharing.SHARED : Sharing.EXCLUSIVE;
    }

    /** The descriptors of a template mapped in order, end tag left out. */
    static List<FirmwareResource> mapAll(ResourceTemplate t, Function<String, NamePath> resolve) {
        return t.descriptors().stream().flatMap(d -> map(d, resolve).stream()).toList();
    }
}
