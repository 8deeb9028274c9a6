package dev.gpioint.driver;

import java.util.List;
import java.util.Optional;

/**
 * A driver package: what it is called, which hardware IDs it serves and, optionally, the resource layout it
 * expects. Drivers are found through {@link java.util.ServiceLoader} (service type {@code Driver}) or given to
 * the PnP manager directly. One of {@code dev.gpioint.wdf.KmdfDriver}, {@code dev.gpioint.wudf.UmdfDriver} or
 * {@code dev.gpioint.gpio.GpioClientDriver}; a driver object serves every device it matches, so it keeps
 * per-device state in the callbacks object it creates per device.
 */
public interface Driver {
    /** A short, unique name such as "simgpio" or "buttons". */
    String name();

    /** The hardware and compatible IDs this driver serves; matched without regard to case. */
    List<String> hardwareIds();

    /**
     * The resources, in order, the driver expects; a device whose firmware disagrees fails to start with a
     * message naming the expected and the actual order. Empty: the driver takes whatever it is given.
     */
    default Optional<ResourceLayout> expectedLayout() {
        return Optional.empty();
    }
}
