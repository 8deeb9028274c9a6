package dev.gpioint.drivers.expander;

import dev.gpioint.gpio.GpioClientDriver;
import dev.gpioint.gpio.GpioControllerClient;
import java.util.List;

/** The GPIO controller driver for the simulated I2C GPIO expander ({@code _HID} {@value #HARDWARE_ID}). */
public final class I2cExpanderDriver implements GpioClientDriver {
    public static final String HARDWARE_ID = "SMGX0001";

    @Override
    public String name() {
        return "i2c-expander";
    }

    @Override
    public List<String> hardwareIds() {
        return List.of(HARDWARE_ID);
    }

    @Override
    public GpioControllerClient newClient() {
        return new I2cExpanderClient();
    }
}
