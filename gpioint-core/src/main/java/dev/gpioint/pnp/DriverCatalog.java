package dev.gpioint.pnp;

import dev.gpioint.driver.Driver;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The drivers the PnP manager may match, in priority order: for each of a device's IDs in order ({@code _HID}
 * then each {@code _CID}), the first driver listing that ID wins. Immutable.
 */
public final class DriverCatalog {
    private final List<Driver> drivers;

    private DriverCatalog(List<Driver> drivers) {
        this.drivers = List.copyOf(drivers);
    }

    public static DriverCatalog of(Driver... drivers) {
        return new DriverCatalog(List.of(drivers));
    }

    public static DriverCatalog of(List<? extends Driver> drivers) {
        return new DriverCatalog(new ArrayList<>(drivers));
    }

    /** Every {@link Driver} registered through {@link ServiceLoader}. */
    public static DriverCatalog fromServiceLoader() {
        var found = new ArrayList<Driver>();
        ServiceLoader.load(Driver.class).forEach(found::add);
        return new DriverCatalog(found);
    }

    /** This catalog with {@code more} drivers after its own. */
    public DriverCatalog with(Driver... more) {
        var all = new ArrayList<>(drivers);
        all.addAll(List.of(more));
        return new DriverCatalog(all);
    }

    public List<Driver> drivers() {
        return drivers;
    }

    /** The driver for a device with these IDs, trying the IDs in order. */
    public Optional<Driver> match(List<String> ids) {
        for (String id : ids) {
            String wanted = id.toUpperCase(Locale.ROOT);
            for (Driver driver : drivers) {
                for (String served : driver.hardwareIds()) {
                    if (served.toUpperCase(Locale.ROOT).equals(wanted)) {
                        return Optional.of(driver);
                    }
                }
            }
        }
        return Optional.empty();
    }
}
