package dev.gpioint.gpio;

import dev.gpioint.driver.Driver;

/**
 * A GPIO controller driver (a GpioClx client). The PnP manager runs the GPIO class extension for each device
 * it matches; the extension calls {@link #newClient()} once per controller device and drives that client.
 */
public interface GpioClientDriver extends Driver {
    GpioControllerClient newClient();
}
