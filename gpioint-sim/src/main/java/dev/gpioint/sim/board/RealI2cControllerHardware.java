package dev.gpioint.sim.board;

import dev.gpioint.firmware.FirmwareDevice;
import dev.gpioint.firmware.MemoryRange;
import dev.gpioint.sim.SimI2cBus;
import dev.gpioint.sim.SimI2cController;
import java.util.List;

/**
 * Real I2C controllers (Qualcomm GENI/QUP, Intel LPSS, AMD, Synopsys DesignWare) simulated as gpioint's
 * register-level I2C controller decoding the firmware's whole Memory range, with a bus their I2C children attach
 * to. The real register sets are not simulated: what matters to the interrupt path is that the children's
 * transfers reach their simulated devices.
 */
public final class RealI2cControllerHardware {
    /**
     * The IDs: Qualcomm I2C controllers as the corpus firmware names them (each is the controller of its machines'
     * I2cSerialBusV2 resources), Intel LPSS (Haswell {@code INT33C2}/{@code INT33C3}, Broadwell {@code INT3432}/
     * {@code INT3433}, Bay Trail {@code 80860F41}, Cherry View {@code 808622C1}), AMD ({@code AMDI0010},
     * {@code AMD0010}) and DesignWare on Arm servers ({@code APMC0D0F}).
     */
    public static final List<String> IDS = List.of("QCOM001F", "QCOM0220", "QCOM0411", "QCOM0610", "QCOM0811", "QCOM0A10",
            "QCOM0C10", "QCOM0F10", "INT33C2", "INT33C3", "INT3432", "INT3433", "80860F41", "808622C1", "AMDI0010",
            "AMD0010", "APMC0D0F");

    private RealI2cControllerHardware() {
    }

    /** Builds them. */
    public static final class Factory implements SimulatedDeviceFactory {
        @Override
        public List<String> hardwareIds() {
            return IDS;
        }

        @Override
        public SimulatedDevice create(SimBoardContext context, FirmwareDevice device) {
            MemoryRange registers = context.registers(device);
            return new SimI2cControllerHardware(new SimI2cController(context.machine(), device.path().toString(),
                    registers.base(), registers.length(), new SimI2cBus(context.machine())));
        }
    }
}
