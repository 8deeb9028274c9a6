package dev.gpioint.firmware;

import java.util.Optional;

/**
 * One entry of a device's current resources ({@code _CRS}), independent of whether it came from ASL, AML or
 * the Java {@link BoardBuilder}. The order of a device's resources is significant: it is the order in which
 * its driver receives them.
 */
public sealed interface FirmwareResource
        permits GpioInt, GpioIo, Interrupt, I2cSerialBus, SpiSerialBus, UartSerialBus, MemoryRange, IoPortRange,
                DmaChannel, OpaqueResource {

    /** The device this resource depends on (a GPIO or bus controller), if it names one. */
    default Optional<NamePath> resourceSource() {
        return Optional.empty();
    }

    /** A short ASL-like name of the descriptor kind, for messages. */
    String kind();
}
