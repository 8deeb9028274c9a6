package dev.gpioint.sim.board;

import dev.gpioint.firmware.FirmwareDevice;
import java.util.List;

/**
 * Builds the simulated hardware for firmware devices with given hardware IDs, from the resources the firmware
 * describes (registers at the Memory32Fixed base, outputs wired where its interrupts say). Found through
 * {@link java.util.ServiceLoader}.
 */
public interface SimulatedDeviceFactory {
    /** The {@code _HID}/{@code _CID} values this factory builds hardware for. */
    List<String> hardwareIds();

    /** Builds and attaches the hardware; throws IllegalArgumentException naming what the firmware lacks. */
    SimulatedDevice create(SimBoardContext context, FirmwareDevice device);
}
