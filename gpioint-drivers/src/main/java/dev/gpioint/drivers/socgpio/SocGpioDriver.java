package dev.gpioint.drivers.socgpio;

import dev.gpioint.gpio.GpioClientDriver;
import dev.gpioint.gpio.GpioControllerClient;
import java.util.List;

/**
 * The GPIO controller driver for real SoC GPIO controllers (Qualcomm TLMM and PMIC GPIO, Intel, AMD, ARM PL061,
 * Synopsys DesignWare), as their IDs appear in firmware. Like a Windows INF it lists the IDs it serves; the
 * controller's shape comes from the hardware ({@link SocGpioClient}).
 */
public final class SocGpioDriver implements GpioClientDriver {
    /** The IDs served, family by family (the simulated hardware's catalogue lists the same). */
    public static final List<String> IDS = List.of(
            // Qualcomm TLMM
            "QCOM0016", "QCOM0217", "QCOM040D", "QCOM060C", "QCOM080D", "QCOM0A0C", "QCOM0C0C", "QCOM0F0C",
            // Qualcomm PMIC GPIO
            "QCOM0066", "QCOM0269", "QCOM0430", "QCOM062D", "QCOM0830", "QCOM0A2D", "QCOM0C2D", "QCOM0F2D",
            // Intel
            "INT33FC", "INT33FF", "INT344B", "INT3450", "INT34BB", "INT34C5", "INTC1055", "INTC1056", "INTC1083",
            // AMD
            "AMDI0030", "AMD0030",
            // ARM PL061, Synopsys DesignWare APB
            "ARMH0061", "APMC0D07", "HISI0181");

    @Override
    public String name() {
        return "soc-gpio";
    }

    @Override
    public List<String> hardwareIds() {
        return IDS;
    }

    @Override
    public GpioControllerClient newClient() {
        return new SocGpioClient();
    }
}
