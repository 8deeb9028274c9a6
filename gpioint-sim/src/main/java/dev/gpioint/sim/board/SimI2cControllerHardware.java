package dev.gpioint.sim.board;

import dev.gpioint.firmware.FirmwareDevice;
import dev.gpioint.sim.SimI2cBus;
import dev.gpioint.sim.SimI2cController;
import java.util.List;

/** A simulated register-level I2C controller and its bus, built at the firmware's Memory32Fixed base. */
public final class SimI2cControllerHardware implements SimulatedDevice, I2cBusSource {
    private final SimI2cController controller;

    SimI2cControllerHardware(SimI2cController controller) {
        this.controller = controller;
    }

    @Override
    public SimI2cBus bus() {
        return controller.bus();
    }

    @Override
    public String describe() {
        return "I2C controller";
    }

    /** Builds I2C controllers ({@code SMI2C001}). */
    public static final class Factory implements SimulatedDeviceFactory {
        @Override
        public List<String> hardwareIds() {
            return List.of("SMI2C001");
        }

        @Override
        public SimulatedDevice create(SimBoardContext context, FirmwareDevice device) {
            return new SimI2cControllerHardware(new SimI2cController(context.machine(), device.path().toString(),
                    context.registers(device).base(), new SimI2cBus(context.machine())));
        }
    }
}
