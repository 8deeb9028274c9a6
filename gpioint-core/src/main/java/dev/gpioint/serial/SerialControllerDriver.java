package dev.gpioint.serial;

import dev.gpioint.driver.Driver;

/**
 * A serial (UART) controller driver: the PnP manager runs the serial class extension for each controller device it
 * matches, and the extension calls {@link #newController()} once per device.
 */
public interface SerialControllerDriver extends Driver {
    SerialControllerClient newController();
}
