package dev.gpioint.sim.board;

import dev.gpioint.firmware.FirmwareDevice;
import dev.gpioint.firmware.FirmwareResource;
import dev.gpioint.firmware.Interrupt;
import java.util.List;
import java.util.Objects;
import java.util.function.ToIntFunction;

/**
 * The shape of a family of real GPIO controllers, as far as it is public: the IDs firmware gives it, pins per bank
 * as its Windows driver presents them, how many pins a given device has, whether its registers are memory-mapped
 * (reachable at DIRQL) or sit behind a serial bus, which triggers the hardware detects by itself, and which of its
 * Interrupt() resources each bank raises.
 *
 * @param family      a name for messages ("Qualcomm TLMM")
 * @param ids         the {@code _HID}/{@code _CID} values of the family, matched without regard to case
 * @param pinsPerBank 32 or 64
 * @param pins        the pin count of one device of the family, from its firmware
 * @param features    {@code SimSocGpioRegisters.FEATURE_*} bits
 * @param wiring      which Interrupt() resource each bank raises
 * @param basis       where the shape comes from, for the documentation and for messages
 */
public record SocGpioModel(String family, List<String> ids, int pinsPerBank, ToIntFunction<FirmwareDevice> pins, int features,
                           BankInterruptWiring wiring, String basis) {
    public SocGpioModel {
        ids = List.copyOf(ids);
        Objects.requireNonNull(wiring, "wiring");
    }

    /** A family wired by the class extension's own rule ({@link BankInterruptWiring#PER_BANK}). */
    public SocGpioModel(String family, List<String> ids, int pinsPerBank, ToIntFunction<FirmwareDevice> pins, int features,
                        String basis) {
        this(family, ids, pinsPerBank, pins, features, BankInterruptWiring.PER_BANK, basis);
    }

    /** The pin count of {@code device}; throws IllegalArgumentException when its firmware does not allow one. */
    public int pinsOf(FirmwareDevice device) {
        return pins.applyAsInt(device);
    }

    /** A fixed pin count. */
    static ToIntFunction<FirmwareDevice> fixed(int pins) {
        return device -> pins;
    }

    /**
     * One bank of {@code pinsPerBank} pins for each Interrupt() resource: the controller's i-th interrupt serves
     * bank i, the rule the class extension applies to a controller with several interrupts.
     */
    static ToIntFunction<FirmwareDevice> bankPerInterrupt(int pinsPerBank) {
        return device -> {
            long interrupts = interruptResources(device).size();
            if (interrupts == 0) {
                throw new IllegalArgumentException("its banks are counted by its Interrupt() resources, and it has none");
            }
            return (int) (interrupts * pinsPerBank);
        };
    }

    /** The device's Interrupt() resources in firmware order. */
    static List<Interrupt> interruptResources(FirmwareDevice device) {
        return device.resources().stream().filter(Interrupt.class::isInstance).map(Interrupt.class::cast).toList();
    }

    static boolean hasMemory(FirmwareDevice device) {
        for (FirmwareResource resource : device.resources()) {
            if (resource instanceof dev.gpioint.firmware.MemoryRange) {
                return true;
            }
        }
        return false;
    }
}
