package dev.gpioint.pnp;

import dev.gpioint.driver.DevicePowerState;
import dev.gpioint.driver.ResourceLayout;
import dev.gpioint.resource.ResourceList;
import dev.gpioint.wdf.KmdfDeviceCallbacks;
import dev.gpioint.wdf.KmdfDriver;
import dev.gpioint.wdf.WdfDevice;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A KMDF-style test driver whose callbacks record a trace ("SNS0 add", "SNS0 d0Entry", ...) and run hooks the
 * test sets. One trace list may be shared by several drivers so cross-device order is visible.
 */
final class TraceDriver implements KmdfDriver {
    /** A hook run in prepare-hardware. */
    interface PrepareHook {
        void run(WdfDevice device, ResourceList raw, ResourceList translated);
    }

    private final String name;
    private final List<String> ids;
    final List<String> trace;
    Consumer<WdfDevice> onAdd = d -> { };
    PrepareHook onPrepare = (d, raw, translated) -> { };
    Consumer<WdfDevice> onD0Entry = d -> { };
    Consumer<WdfDevice> onReleaseHardware = d -> { };
    Optional<ResourceLayout> layout = Optional.empty();

    TraceDriver(String name, List<String> trace, String... ids) {
        this.name = name;
        this.trace = trace;
        this.ids = List.of(ids);
    }

    TraceDriver(String name, String... ids) {
        this(name, Collections.synchronizedList(new ArrayList<>()), ids);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<String> hardwareIds() {
        return ids;
    }

    @Override
    public Optional<ResourceLayout> expectedLayout() {
        return layout;
    }

    private void record(WdfDevice device, String event) {
        trace.add(device.path().lastSegment() + " " + event);
    }

    @Override
    public KmdfDeviceCallbacks deviceAdd(WdfDevice device) {
        record(device, "add");
        onAdd.accept(device);
        return new KmdfDeviceCallbacks() {
            @Override
            public void prepareHardware(WdfDevice d, ResourceList raw, ResourceList translated) {
                record(d, "prepareHardware");
                onPrepare.run(d, raw, translated);
            }

            @Override
            public void releaseHardware(WdfDevice d, ResourceList translated) {
                record(d, "releaseHardware");
                onReleaseHardware.accept(d);
            }

            @Override
            public void d0Entry(WdfDevice d, DevicePowerState previous) {
                record(d, "d0Entry");
                onD0Entry.accept(d);
            }

            @Override
            public void d0EntryPostInterruptsEnabled(WdfDevice d, DevicePowerState previous) {
                record(d, "d0EntryPostInterruptsEnabled");
            }

            @Override
            public void d0ExitPreInterruptsDisabled(WdfDevice d, DevicePowerState target) {
                record(d, "d0ExitPreInterruptsDisabled");
            }

            @Override
            public void d0Exit(WdfDevice d, DevicePowerState target) {
                record(d, "d0Exit");
            }
        };
    }
}
