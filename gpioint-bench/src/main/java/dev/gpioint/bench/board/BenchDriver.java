package dev.gpioint.bench.board;

import dev.gpioint.wdf.KmdfDeviceCallbacks;
import dev.gpioint.wdf.KmdfDriver;
import dev.gpioint.wdf.WdfDevice;
import java.util.List;

/**
 * The KMDF-style driver of bench peripherals ({@code _HID} {@value #HARDWARE_ID}), written only against the
 * public driver API. Unlike the sensor driver its deferred routines do not log: logging allocates, and the
 * benchmarks measure what the interrupt path itself costs.
 *
 * @param passive whether its ISRs run at PASSIVE_LEVEL and queue a work item instead of a DPC
 * @param stamped whether its routines read the clock first thing, for the latency harness
 */
public record BenchDriver(boolean passive, boolean stamped) implements KmdfDriver {
    public static final String HARDWARE_ID = "GPBN0001";

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public List<String> hardwareIds() {
        return List.of(HARDWARE_ID);
    }

    @Override
    public KmdfDeviceCallbacks deviceAdd(WdfDevice device) {
        return new BenchDevice(passive, stamped);
    }
}
