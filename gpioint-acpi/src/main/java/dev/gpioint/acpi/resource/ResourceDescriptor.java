package dev.gpioint.acpi.resource;

/**
 * One ACPI resource descriptor, with every field of its binary form. The family is closed: each kind is a
 * record whose layout, ASL syntax and defaults are declared once in {@link DescriptorTables}, and that one
 * declaration drives {@link ResourceEncoder}, {@link ResourceDecoder}, {@link ResourcePrinter} and the ASL
 * compiler. Values are immutable.
 */
public sealed interface ResourceDescriptor
        permits IrqDescriptor, IrqNoFlagsDescriptor, DmaDescriptor, StartDependentFnDescriptor,
                StartDependentFnNoPriDescriptor, EndDependentFnDescriptor, IoDescriptor, FixedIoDescriptor,
                FixedDmaDescriptor, VendorShortDescriptor, EndTagDescriptor, Memory24Descriptor,
                GenericRegisterDescriptor, VendorLongDescriptor, Memory32Descriptor, Memory32FixedDescriptor,
                WordAddressDescriptor, DWordAddressDescriptor, QWordAddressDescriptor, ExtendedAddressDescriptor,
                ExtendedInterruptDescriptor, GpioIntDescriptor, GpioIoDescriptor, I2cSerialBusDescriptor,
                SpiSerialBusDescriptor, UartSerialBusDescriptor, VendorSerialBusDescriptor, PinFunctionDescriptor, PinConfigDescriptor,
                PinGroupDescriptor, PinGroupFunctionDescriptor, PinGroupConfigDescriptor {

    /** The ASL macro name this descriptor prints as, e.g. {@code GpioInt} or {@code DWordMemory}. */
    default String aslName() {
        DescriptorSpec spec = DescriptorTables.specOf(this);
        // The end tag has no macro of its own: ResourceTemplate () writes it.
        return spec.forms().isEmpty() ? spec.name() : spec.formFor(this).macro();
    }
}
