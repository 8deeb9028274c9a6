package dev.gpioint.sim.board;

import dev.gpioint.firmware.FirmwareDevice;
import dev.gpioint.firmware.MemoryRange;
import dev.gpioint.sim.SimSpiBus;
import dev.gpioint.sim.SimSpiController;
import java.util.List;

/**
 * A real SPI controller of a {@link SerialBusCatalog} family, simulated as gpioint's register-level SPI controller
 * with that family's shape, decoding the firmware's whole Memory range, its interrupt on the first Interrupt()
 * resource, with a bus its SPI children attach to. The real register sets are not simulated.
 */
public final class RealSpiControllerHardware implements SimulatedDevice {
    private final SpiControllerModel model;
    private final SimSpiController controller;

    RealSpiControllerHardware(SpiControllerModel model, SimSpiController controller) {
        this.model = model;
        this.controller = controller;
    }

    public SimSpiController controller() {
        return controller;
    }

    public SimSpiBus bus() {
        return controller.bus();
    }

    public SpiControllerModel model() {
        return model;
    }

    @Override
    public String describe() {
        return model.family() + ", " + model.chipSelects() + " chip select" + (model.chipSelects() == 1 ? "" : "s") + ", up to "
                + model.maxClockHz() + " Hz";
    }

    /** Builds the catalogue's SPI controllers. */
    public static final class Factory implements SimulatedDeviceFactory {
        @Override
        public List<String> hardwareIds() {
            return SerialBusCatalog.spiIds();
        }

        @Override
        public SimulatedDevice create(SimBoardContext context, FirmwareDevice device) {
            SpiControllerModel model = SerialBusCatalog.spi(device).orElseThrow();
            MemoryRange registers = context.registers(device);
            var controller = new SimSpiController(context.machine(), device.path().toString(), registers.base(), registers.length(),
                    new SimSpiBus(context.machine()), context.controllerInterrupt(device), model.chipSelects(), model.maxClockHz(),
                    model.wordSizes(), model.features());
            return new RealSpiControllerHardware(model, controller);
        }
    }
}
