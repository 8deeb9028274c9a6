package dev.gpioint.sim.board;

import dev.gpioint.firmware.MemoryRange;
import java.util.Optional;

/**
 * Simulated hardware that real machines reach over a serial bus the firmware does not describe (a PMIC's GPIO
 * block behind SPMI): the simulation decodes its registers in a window of the machine's physical memory, and the
 * device's driver is given that window as one more Memory resource after the firmware's own
 * ({@link SimBoard#driverView}).
 */
public interface BusWindow {
    /** Where the registers are decoded, when the firmware does not say. */
    Optional<MemoryRange> window();
}
