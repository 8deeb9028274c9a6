package dev.gpioint.drivers.simuart;

import dev.gpioint.serial.SerialControllerClient;
import dev.gpioint.serial.SerialControllerDriver;
import java.util.List;

/**
 * The serial controller driver for real machines' UARTs (Qualcomm GENI and BLSP, Intel LPSS, AMD) on the simulated
 * machine, whose hardware is simulated as gpioint's register-level UART; the client reads each controller's limits
 * (fastest baud rate, character frames, flow control) from its capability registers.
 */
public final class RealUartControllerDriver implements SerialControllerDriver {
    /** The IDs served (the simulated hardware's catalogue lists the same). */
    public static final List<String> IDS = List.of("QCOM0236", "QCOM0418", "QCOM0616", "QCOM0818", "QCOM0A16", "QCOM0C16", "QCOM0F16",
            "QCOM0034", "INT33C4", "INT33C5", "INT3434", "INT3435", "80860F0A", "8086228A", "AMDI0020", "AMD0020");

    @Override
    public String name() {
        return "uart";
    }

    @Override
    public List<String> hardwareIds() {
        return IDS;
    }

    @Override
    public SerialControllerClient newController() {
        return new SimUartControllerClient();
    }
}
