package dev.gpioint.pnp;

import dev.gpioint.kernel.Irql;
import dev.gpioint.kernel.Verifier;
import dev.gpioint.kernel.WorkItem;
import dev.gpioint.wdf.WdfDevice;
import dev.gpioint.wdf.WdfWorkItem;
import dev.gpioint.wdf.WorkItemCallback;

/**
 * A framework work item: a kernel work item whose routine calls the driver's callback unless the device that
 * owns it has been removed (the framework deletes a device's work items with it). A callback that throws fails
 * the device, as a throwing DPC or ISR does.
 */
final class FxWorkItem implements WdfWorkItem {
    private final FxDevice device;
    private final WorkItemCallback callback;
    private final WorkItem item;

    FxWorkItem(FxDevice device, WorkItemCallback callback) {
        this.device = device;
        this.callback = callback;
        this.item = device.machine().newWorkItem(this::run, "work item of " + device.path());
    }

    private void run() {
        if (device.phase() == FxDevice.Phase.RELEASED) {
            return; // deleted with its device
        }
        try {
            callback.run(this);
        } catch (RuntimeException | Error failure) {
            device.requestFailure("a work item's callback threw " + failure, failure);
        }
    }

    @Override
    public WdfDevice device() {
        return device;
    }

    @Override
    public void enqueue() {
        Verifier.requireIrqlAtMost(Irql.DISPATCH, "WdfWorkItemEnqueue");
        item.queue();
    }

    @Override
    public void flush() {
        Verifier.requireIrql(Irql.PASSIVE, "WdfWorkItemFlush");
        device.machine().flush(item);
    }
}
