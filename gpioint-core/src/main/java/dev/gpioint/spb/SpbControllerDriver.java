package dev.gpioint.spb;

import dev.gpioint.driver.Driver;

/**
 * An SPB (I2C or SPI) controller driver: the PnP manager runs the SPB class extension for each controller device it
 * matches, and the extension calls {@link #newController()} once per device.
 */
public interface SpbControllerDriver extends Driver {
    SpbControllerClient newController();
}
