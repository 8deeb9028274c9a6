package dev.gpioint.serial;

import dev.gpioint.wdf.KmdfDeviceCallbacks;
import dev.gpioint.wdf.KmdfDriver;
import dev.gpioint.wdf.WdfDevice;
import java.util.List;
import java.util.Objects;

/** The serial class extension bound to one controller driver: to the PnP manager, the KMDF driver of its devices. */
public final class SerialClassExtension implements KmdfDriver {
    private final SerialControllerDriver client;

    public SerialClassExtension(SerialControllerDriver client) {
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
        return new SerialController(device, client.newController());
    }
}
