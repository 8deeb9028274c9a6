package dev.gpioint.drivers.generic;

import dev.gpioint.wdf.KmdfDeviceCallbacks;
import dev.gpioint.wdf.KmdfDriver;
import dev.gpioint.wdf.WdfDevice;
import java.util.List;

/**
 * The generic probe driver: it takes devices no other driver serves, connects every interrupt resource they have in
 * firmware order and reports each interrupt that fires, and opens and reports each serial-bus connection
 * ({@link ProbeDevice}). It serves the IDs it is built with, which the caller computes from the firmware (the IDs of
 * devices that have interrupt resources or serial-bus connections and no driver), so it never competes with a real
 * driver: added last to a catalogue, it is matched only when nothing else is.
 */
public final class ProbeDriver implements KmdfDriver {
    /** The driver's name in listings. */
    public static final String NAME = "probe";

    private final List<String> ids;

    /** A probe serving {@code ids}. */
    public ProbeDriver(List<String> ids) {
        this.ids = List.copyOf(ids);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> hardwareIds() {
        return ids;
    }

    @Override
    public KmdfDeviceCallbacks deviceAdd(WdfDevice device) {
        return new ProbeDevice();
    }
}
