package dev.gpioint.gpio;

import dev.gpioint.kernel.Machine;
import dev.gpioint.wdf.KmdfDeviceCallbacks;
import dev.gpioint.wdf.KmdfDriver;
import dev.gpioint.wdf.WdfDevice;
import java.util.List;
import java.util.Objects;

/**
 * The GPIO class extension (GpioClx) bound to one client driver: to the PnP manager it is the KMDF driver of
 * every controller device the client matches, and for each it runs a {@link GpioController}.
 */
public final class GpioClassExtension implements KmdfDriver {
    private final GpioClientDriver client;
    private final Machine machine;

    /** The extension for {@code client} on {@code machine} (its HAL, clock and storm threshold). */
    public GpioClassExtension(GpioClientDriver client, Machine machine) {
        this.client = Objects.requireNonNull(client, "client");
        this.machine = Objects.requireNonNull(machine, "machine");
    }

    public GpioClientDriver client() {
        return client;
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
        return new GpioController(device, client.newClient(), machine);
    }
}
