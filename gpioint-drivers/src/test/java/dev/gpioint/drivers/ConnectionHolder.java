package dev.gpioint.drivers;

import dev.gpioint.resource.ResourceData;
import dev.gpioint.resource.ResourceList;
import dev.gpioint.serial.SerialTarget;
import dev.gpioint.spb.SpbTarget;
import dev.gpioint.wdf.KmdfDeviceCallbacks;
import dev.gpioint.wdf.KmdfDriver;
import dev.gpioint.wdf.WdfDevice;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A test driver for peripheral devices that does nothing but keep each device it prepares, with its translated
 * resources, so that a test can open the device's serial-bus connections the way the device's real driver would.
 * Deterministic machines only: it is filled and read on the machine's one thread.
 */
public final class ConnectionHolder implements KmdfDriver {
    private final List<String> hardwareIds;
    private final Map<String, WdfDevice> devices = new HashMap<>();
    private final Map<String, ResourceList> resources = new HashMap<>();

    /** A holder that binds to the devices with these hardware IDs. */
    public ConnectionHolder(String... hardwareIds) {
        this.hardwareIds = List.of(hardwareIds);
    }

    @Override
    public String name() {
        return "holder";
    }

    @Override
    public List<String> hardwareIds() {
        return hardwareIds;
    }

    @Override
    public KmdfDeviceCallbacks deviceAdd(WdfDevice device) {
        return new KmdfDeviceCallbacks() {
            @Override
            public void prepareHardware(WdfDevice wdfDevice, ResourceList raw, ResourceList translated) {
                devices.put(wdfDevice.path().toString(), wdfDevice);
                resources.put(wdfDevice.path().toString(), translated);
            }
        };
    }

    /** Opens the {@code index}-th connection of the device at {@code path} through the SPB class extension. */
    public SpbTarget openSpb(String path, int index) {
        return devices.get(path).openSpbConnection(connectionId(path, index));
    }

    /** Opens the {@code index}-th connection of the device at {@code path} through the serial class extension. */
    public SerialTarget openSerial(String path, int index) {
        return devices.get(path).openSerialConnection(connectionId(path, index));
    }

    /** The ID of the {@code index}-th connection among the device's resources, in resource order. */
    private long connectionId(String path, int index) {
        return resources.get(path).stream().filter(d -> d.data() instanceof ResourceData.ConnectionData)
                .map(d -> ((ResourceData.ConnectionData) d.data()).id()).toList().get(index);
    }
}
