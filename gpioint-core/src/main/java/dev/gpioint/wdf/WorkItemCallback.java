package dev.gpioint.wdf;

/** The routine of a {@link WdfWorkItem} ({@code EVT_WDF_WORKITEM}): runs at PASSIVE_LEVEL on a system worker. */
@FunctionalInterface
public interface WorkItemCallback {
    void run(WdfWorkItem item);
}
