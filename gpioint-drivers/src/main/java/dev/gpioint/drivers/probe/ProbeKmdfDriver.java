package dev.gpioint.drivers.probe;

import dev.gpioint.wdf.KmdfDeviceCallbacks;
import dev.gpioint.wdf.KmdfDriver;
import dev.gpioint.wdf.WdfDevice;
import java.util.List;

/**
 * KMDF-style driver for the delivery probe: {@value #DIRQL_ID} gets DIRQL ISRs and DPCs, {@value #PASSIVE_ID}
 * passive ISRs and work items. One interrupt per interrupt resource; see {@link ProbeKmdfDevice}.
 */
public final class ProbeKmdfDriver implements KmdfDriver {
    public static final String DIRQL_ID = "GPRB0001";
    public static final String PASSIVE_ID = "GPRB0002";

    @Override
    public String name() {
        return "probe";
    }

    @Override
    public List<String> hardwareIds() {
        return List.of(DIRQL_ID, PASSIVE_ID);
    }

    @Override
    public KmdfDeviceCallbacks deviceAdd(WdfDevice device) {
        boolean passive = device.hardwareIds().stream().anyMatch(PASSIVE_ID::equalsIgnoreCase);
        return new ProbeKmdfDevice(passive);
    }
}
