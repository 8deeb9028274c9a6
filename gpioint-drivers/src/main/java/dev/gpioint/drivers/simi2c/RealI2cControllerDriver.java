package dev.gpioint.drivers.simi2c;

import dev.gpioint.spb.SpbControllerClient;
import dev.gpioint.spb.SpbControllerDriver;
import java.util.List;

/**
 * The SPB controller driver for real machines' I2C controllers (Qualcomm GENI/QUP, Intel LPSS, AMD, DesignWare)
 * on the simulated machine, whose hardware is simulated as gpioint's register-level I2C controller.
 */
public final class RealI2cControllerDriver implements SpbControllerDriver {
    /** The IDs served (the simulated hardware lists the same). */
    public static final List<String> IDS = List.of("QCOM001F", "QCOM0220", "QCOM0411", "QCOM0610", "QCOM0811", "QCOM0A10",
            "QCOM0C10", "QCOM0F10", "INT33C2", "INT33C3", "INT3432", "INT3433", "80860F41", "808622C1", "AMDI0010",
            "AMD0010", "APMC0D0F");

    @Override
    public String name() {
        return "i2c";
    }

    @Override
    public List<String> hardwareIds() {
        return IDS;
    }

    @Override
    public SpbControllerClient newController() {
        return new SimI2cControllerClient();
    }
}
