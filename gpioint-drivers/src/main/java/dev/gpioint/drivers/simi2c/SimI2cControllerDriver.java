package dev.gpioint.drivers.simi2c;

import dev.gpioint.spb.SpbControllerClient;
import dev.gpioint.spb.SpbControllerDriver;
import java.util.List;

/** The SPB controller driver for the simulated I2C controller ({@code _HID} {@value #HARDWARE_ID}). */
public final class SimI2cControllerDriver implements SpbControllerDriver {
    public static final String HARDWARE_ID = "SMI2C001";

    @Override
    public String name() {
        return "simi2c";
    }

    @Override
    public List<String> hardwareIds() {
        return List.of(HARDWARE_ID);
    }

    @Override
    public SpbControllerClient newController() {
        return new SimI2cControllerClient();
    }
}
