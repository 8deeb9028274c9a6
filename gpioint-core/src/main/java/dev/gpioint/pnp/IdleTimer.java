package dev.gpioint.pnp;

import dev.gpioint.kernel.Machine;
import dev.gpioint.kernel.MachineEvent;
import dev.gpioint.kernel.WorkItem;
import java.time.Duration;

/**
 * A device's S0 idle settings at work ({@code WdfDeviceAssignS0IdleSettings}): every interrupt the device
 * receives counts as activity; when {@link #timeout} of machine time passes with none while the device is
 * started in D0, the PnP manager powers it down to D3. With {@link #canWake} its wake interrupts stay armed in
 * D3 and bring it back. The timer's action and the PASSIVE work item it queues are made once; noting activity
 * is one volatile write, so the interrupt path allocates nothing.
 */
final class IdleTimer {
    private final PnpManager pnp;
    private final DeviceNode node;
    private final Duration timeout;
    private final boolean canWake;
    private final Machine machine;
    private final WorkItem check;
    private final Runnable fire;
    private volatile long lastActivity;
    private boolean armed;

    IdleTimer(PnpManager pnp, DeviceNode node, Duration timeout, boolean canWake) {
        this.pnp = pnp;
        this.node = node;
        this.timeout = timeout;
        this.canWake = canWake;
        this.machine = pnp.machine();
        this.check = machine.newWorkItem(this::expired, "idle timer of " + node.path());
        this.fire = check::queue;
    }

    Duration timeout() {
        return timeout;
    }

    /** Whether wake interrupts stay armed when the device idles out. */
    boolean canWake() {
        return canWake;
    }

    /** The device just had an interrupt. Any IRQL; allocates nothing. */
    void activity() {
        lastActivity = machine.nanoTime();
    }

    /** The device entered D0: idle time counts from now. */
    void restart() {
        lastActivity = machine.nanoTime();
        synchronized (this) {
            if (armed) {
                return; // the pending timer sees the new start and waits the rest
            }
            armed = true;
        }
        machine.schedule(timeout, fire);
    }

    /** PASSIVE, on a worker: power down if idle long enough, else wait for the rest of the timeout. */
    private void expired() {
        synchronized (this) {
            armed = false;
        }
        if (node.state() != DeviceState.STARTED || node.fx == null || node.fx.idleTimer().orElse(null) != this) {
            return; // not in D0, or the timer of a device that was removed and started again
        }
        long idle = machine.nanoTime() - lastActivity;
        if (idle >= timeout.toNanos()) {
            machine.log().add(node.path().toString(), MachineEvent.Kind.LIFECYCLE, "idle for " + timeout.toMillis()
                    + " ms: powering down to D3" + (canWake ? " armed for wake" : ""));
            pnp.powerDown(node.path(), dev.gpioint.driver.DevicePowerState.D3);
            return;
        }
        synchronized (this) {
            armed = true;
        }
        machine.schedule(Duration.ofNanos(timeout.toNanos() - idle), fire);
    }
}
