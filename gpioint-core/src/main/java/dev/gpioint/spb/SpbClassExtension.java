package dev.gpioint.spb;

import dev.gpioint.wdf.KmdfDeviceCallbacks;
import dev.gpioint.wdf.KmdfDriver;
import dev.gpioint.wdf.WdfDevice;
import java.util.List;
import java.util.Objects;

/** The SPB class extension bound to one controller driver: to the PnP manager, the KMDF driver of its devices. */
public final class SpbClassExtension implements KmdfDriver {
    private final SpbControllerDriver client;

    public SpbClassExtension(SpbControllerDriver client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    @Override
    public String name() {
        return client.name();
    }

    @Override
    public List<String> hardwareIds() {
        return client.hardwareIds();
    }

    @Override
    public KmdfDeviceCallbacks deviceAdd(WdfDevice device) {
        return new SpbController(device, client.newController());
    }
}
