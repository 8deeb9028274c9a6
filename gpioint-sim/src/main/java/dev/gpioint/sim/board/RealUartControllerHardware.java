package dev.gpioint.sim.board;

import dev.gpioint.firmware.FirmwareDevice;
import dev.gpioint.firmware.MemoryRange;
import dev.gpioint.sim.SimUartController;
import java.util.List;

/**
 * A real UART controller of a {@link SerialBusCatalog} family, simulated as gpioint's register-level UART with that
 * family's shape, decoding the firmware's whole Memory range, its receive interrupt on the first Interrupt()
 * resource; its other interrupt lines (the RX wake GpioInt Qualcomm's UARTs list) rest idle. The peer on its wire is
 * the device whose UartSerialBusV2 names it. The real register sets are not simulated.
 */
public final class RealUartControllerHardware implements SimulatedDevice {
    private final UartControllerModel model;
    private final SimUartController uart;

    RealUartControllerHardware(UartControllerModel model, SimUartController uart) {
        this.model = model;
        this.uart = uart;
    }

    public SimUartController uart() {
        return uart;
    }

    public UartControllerModel model() {
        return model;
    }

    @Override
    public String describe() {
        return model.family() + ", up to " + model.maxBaud() + " baud";
    }

    /** Builds the catalogue's UART controllers. */
    public static final class Factory implements SimulatedDeviceFactory {
        @Override
        public List<String> hardwareIds() {
            return SerialBusCatalog.uartIds();
        }

        @Override
        public SimulatedDevice create(SimBoardContext context, FirmwareDevice device) {
            UartControllerModel model = SerialBusCatalog.uart(device).orElseThrow();
            MemoryRange registers = context.registers(device);
            var uart = new SimUartController(context.machine(), device.path().toString(), registers.base(), registers.length(),
                    context.controllerInterrupt(device), model.maxBaud(), model.capabilities());
            return new RealUartControllerHardware(model, uart);
        }
    }
}
