package dev.gpioint.pnp;

import dev.gpioint.driver.ResourceLayout;
import dev.gpioint.driver.ResourceSlot;
import dev.gpioint.driver.SlotKind;
import dev.gpioint.firmware.DmaChannel;
import dev.gpioint.firmware.FirmwareResource;
import dev.gpioint.firmware.GpioInt;
import dev.gpioint.firmware.GpioIo;
import dev.gpioint.firmware.I2cSerialBus;
import dev.gpioint.firmware.Interrupt;
import dev.gpioint.firmware.IoPortRange;
import dev.gpioint.firmware.MemoryRange;
import dev.gpioint.firmware.OpaqueResource;
import dev.gpioint.firmware.SpiSerialBus;
import dev.gpioint.firmware.UartSerialBus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compares a driver's expected {@link ResourceLayout} with what the firmware gives, entry by entry in
 * firmware order (one entry per interrupt number, as drivers receive them).
 */
final class LayoutCheck {
    private LayoutCheck() {
    }

    /** Empty when the firmware fits the layout; otherwise the mismatch, naming both orders. */
    static Optional<String> mismatch(ResourceLayout layout, List<FirmwareResource> sources) {
        List<ResourceSlot> slots = layout.slots();
        boolean fits = slots.size() == sources.size();
        for (int i = 0; fits && i < slots.size(); i++) {
            fits = fits(slots.get(i), sources.get(i));
        }
        if (fits) {
            return Optional.empty();
        }
        List<String> actual = new ArrayList<>();
        for (FirmwareResource source : sources) {
            actual.add(describe(source));
        }
        return Optional.of("resource order mismatch: the driver expects " + layout.describe() + " but the firmware gives " + actual);
    }

    private static boolean fits(ResourceSlot slot, FirmwareResource source) {
        if (kindOf(source) != slot.kind()) {
            return false;
        }
        return switch (source) {
            case GpioInt gpio -> slot.mode().map(m -> m == gpio.mode()).orElse(true)
                    && slot.polarity().map(p -> p == gpio.polarity()).orElse(true)
                    && slot.wake().map(w -> w == gpio.wake()).orElse(true);
            case Interrupt interrupt -> slot.mode().map(m -> m == interrupt.mode()).orElse(true)
                    && slot.polarity().map(p -> p == interrupt.polarity()).orElse(true)
                    && slot.wake().map(w -> w == interrupt.wake()).orElse(true);
            default -> true;
        };
    }

    static SlotKind kindOf(FirmwareResource source) {
        return switch (source) {
            case GpioInt ignored -> SlotKind.INTERRUPT;
            case Interrupt ignored -> SlotKind.INTERRUPT;
            case GpioIo ignored -> SlotKind.GPIO_IO;
            case I2cSerialBus ignored -> SlotKind.I2C;
            case SpiSerialBus ignored -> SlotKind.SPI;
            case UartSerialBus ignored -> SlotKind.UART;
            case MemoryRange ignored -> SlotKind.MEMORY;
            case IoPortRange ignored -> SlotKind.PORT;
            case DmaChannel ignored -> SlotKind.DMA;
            case OpaqueResource ignored -> throw new IllegalArgumentException("opaque resources are not handed to drivers");
        };
    }

    private static String describe(FirmwareResource source) {
        return switch (source) {
            case GpioInt gpio -> "INTERRUPT " + gpio.mode() + " " + gpio.polarity() + (gpio.wake() ? " WAKE" : "")
                    + " (GpioInt " + gpio.controller() + " pin " + gpio.pin() + ")";
            case Interrupt interrupt -> "INTERRUPT " + interrupt.mode() + " " + interrupt.polarity() + (interrupt.wake() ? " WAKE" : "")
                    + " (Interrupt " + interrupt.gsivs() + ")";
            default -> kindOf(source).name();
        };
    }
}
