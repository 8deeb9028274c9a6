package dev.gpioint.bench.board;

import dev.gpioint.kernel.RegisterWindow;
import dev.gpioint.resource.ResourceDescriptor;
import dev.gpioint.resource.ResourceList;
import dev.gpioint.resource.ResourceType;
import dev.gpioint.status.NtStatus;
import dev.gpioint.status.NtStatusException;
import dev.gpioint.wdf.KmdfDeviceCallbacks;
import dev.gpioint.wdf.WdfDevice;
import dev.gpioint.wdf.WdfInterruptConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * One bench peripheral as its driver sees it: a register block and one interrupt per interrupt resource, in
 * firmware order, each served by its own {@link BenchLine}.
 */
public final class BenchDevice implements KmdfDeviceCallbacks {
    private final boolean passive;
    private final boolean stamped;
    private final List<BenchLine> lines = new ArrayList<>();

    BenchDevice(boolean passive, boolean stamped) {
        this.passive = passive;
        this.stamped = stamped;
    }

    @Override
    public void prepareHardware(WdfDevice device, ResourceList raw, ResourceList translated) {
        RegisterWindow registers = null;
        for (ResourceDescriptor descriptor : translated) {
            if (descriptor.type() == ResourceType.MEMORY) {
                registers = device.mapIoSpace(descriptor);
                break;
            }
        }
        if (registers == null) {
            throw new NtStatusException(NtStatus.DEVICE_CONFIGURATION_ERROR, "the bench peripheral needs its register block");
        }
        for (int i = 0; i < translated.size(); i++) {
            if (!translated.get(i).isInterrupt()) {
                continue;
            }
            var line = new BenchLine(registers, lines.size(), passive, stamped);
            var config = WdfInterruptConfig.init(line, passive ? null : line)
                    .interruptRaw(raw.get(i)).interruptTranslated(translated.get(i));
            if (passive) {
                config.passiveHandling(true).workItem(line);
            }
            device.createInterrupt(config);
            lines.add(line);
        }
    }

    /** The device's lines, in the order of its interrupt resources. */
    public List<BenchLine> lines() {
        return lines;
    }
}
