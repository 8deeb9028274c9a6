package dev.gpioint.drivers.simspi;

import dev.gpioint.spb.SpbControllerClient;
import dev.gpioint.spb.SpbControllerDriver;
import java.util.List;

/**
 * The SPB controller driver for real machines' SPI controllers (Qualcomm GENI, Intel LPSS) on the simulated machine,
 * whose hardware is simulated as gpioint's register-level SPI controller; the client reads each controller's shape
 * (chip selects, fastest clock, word sizes) from its capability registers.
 */
public final class RealSpiControllerDriver implements SpbControllerDriver {
    /** The IDs served (the simulated hardware's catalogue lists the same). */
    public static final List<String> IDS = List.of("QCOM021E", "QCOM040F", "QCOM060E", "QCOM0C0E", "INT33C0", "INT33C1", "INT3430",
            "INT3431", "80860F0E", "8086228E");

    @Override
    public String name() {
        return "spi";
    }

    @Override
    public List<String> hardwareIds() {
        return IDS;
    }

    @Override
    public SpbControllerClient newController() {
        return new SimSpiControllerClient();
    }
}
