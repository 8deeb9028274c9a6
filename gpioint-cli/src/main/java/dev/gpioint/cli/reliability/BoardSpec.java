package dev.gpioint.cli.reliability;

import java.util.ArrayList;
import java.util.List;

/**
 * A generated board: SimGpio controllers, the interrupt nets (pins and lines) and the probe devices that consume
 * them. Devices start in list order, each connecting its interrupts in resource order.
 */
public record BoardSpec(List<ControllerSpec> controllers, List<Net> nets, List<DeviceSpec> devices) {
    public BoardSpec {
        controllers = List.copyOf(controllers);
        nets = List.copyOf(nets);
        devices = List.copyOf(devices);
    }

    /** The (device, interrupt index) pairs that consume net {@code net}, in device order. */
    public List<int[]> consumers(int net) {
        var list = new ArrayList<int[]>();
        for (DeviceSpec device : devices) {
            for (int i = 0; i < device.nets().size(); i++) {
                if (device.nets().get(i) == net) {
                    list.add(new int[] {device.index(), i});
                }
            }
        }
        return list;
    }

    public DeviceSpec device(int index) {
        for (DeviceSpec device : devices) {
            if (device.index() == index) {
                return device;
            }
        }
        throw new IllegalArgumentException("no device " + index);
    }
}
