package dev.gpioint.drivers.probe;

import dev.gpioint.wudf.UmdfDeviceCallbacks;
import dev.gpioint.wudf.UmdfDriver;
import dev.gpioint.wudf.WudfDevice;
import java.util.List;

/**
 * UMDF-style driver for the delivery probe ({@value #HARDWARE_ID}): passive ISRs and work items, edge interrupts
 * only (a UMDF driver has no register access to silence a level; see {@link ProbeUmdfDevice}).
 */
public final class ProbeUmdfDriver implements UmdfDriver {
    public static final String HARDWARE_ID = "GPRB0003";

    @Override
    public String name() {
        return "probe-umdf";
    }

    @Override
    public List<String> hardwareIds() {
        return List.of(HARDWARE_ID);
    }

    @Override
    public UmdfDeviceCallbacks onDeviceAdd(WudfDevice device) {
        return new ProbeUmdfDevice();
    }
}
