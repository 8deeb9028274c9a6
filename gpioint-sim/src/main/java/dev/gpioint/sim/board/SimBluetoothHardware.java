package dev.gpioint.sim.board;

import dev.gpioint.firmware.FirmwareDevice;
import dev.gpioint.firmware.UartSerialBus;
import dev.gpioint.serial.UartSettings;
import dev.gpioint.sim.SimBluetoothController;
import java.util.List;

/**
 * A simulated Bluetooth controller on the UART its UartSerialBusV2 names, at that descriptor's line settings: the
 * Qualcomm Bluetooth devices of the corpus firmware ({@code \_SB.BTH0}). It answers HCI commands; see
 * {@link SimBluetoothController}.
 */
public final class SimBluetoothHardware implements SimulatedDevice {
    /** The Qualcomm Bluetooth IDs whose devices the corpus firmware puts on a UART. */
    public static final List<String> IDS = List.of("QCOM00B7", "QCOM02B5", "QCOM0471", "QCOM066B", "QCOM0871", "QCOM0A6B",
            "QCOM0C6B", "QCOM0F6B");

    private final SimBluetoothController controller;

    SimBluetoothHardware(SimBluetoothController controller) {
        this.controller = controller;
    }

    public SimBluetoothController controller() {
        return controller;
    }

    @Override
    public String describe() {
        return "Bluetooth controller (HCI over a UART, H4)";
    }

    /** Builds Bluetooth controllers. */
    public static final class Factory implements SimulatedDeviceFactory {
        @Override
        public List<String> hardwareIds() {
            return IDS;
        }

        @Override
        public SimulatedDevice create(SimBoardContext context, FirmwareDevice device) {
            UartSerialBus connection = device.resources().stream().filter(UartSerialBus.class::isInstance).map(UartSerialBus.class::cast)
                    .findFirst().orElseThrow(() -> new IllegalArgumentException(device.path() + " has no UartSerialBusV2 connection"));
            UartSettings settings = UartSettings.of(connection);
            return new SimBluetoothHardware(new SimBluetoothController(context.uartController(connection).uart(), settings));
        }
    }
}
