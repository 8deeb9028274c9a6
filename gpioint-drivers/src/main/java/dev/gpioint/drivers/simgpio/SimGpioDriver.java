package dev.gpioint.drivers.simgpio;

import dev.gpioint.gpio.GpioClientDriver;
import dev.gpioint.gpio.GpioControllerClient;
import java.util.List;

/** The GPIO controller driver for SimGpio controllers ({@code _HID} {@value #HARDWARE_ID}). */
public final class SimGpioDriver implements GpioClientDriver {
    /** The hardware ID a board gives a SimGpio controller. */
    public static final String HARDWARE_ID = "GPSM0001";

    @Override
    public String name() {
        return "simgpio";
    }

    @Override
    public List<String> hardwareIds() {
        return List.of(HARDWARE_ID);
    }

    @Override
    public GpioControllerClient newClient() {
        return new SimGpioClient();
    }
}
