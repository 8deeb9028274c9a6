package dev.gpioint.pnp;

import dev.gpioint.firmware.FirmwareNotification;
import dev.gpioint.firmware.NamePath;
import dev.gpioint.kernel.Dpc;
import dev.gpioint.kernel.Machine;
import dev.gpioint.kernel.MachineEvent;
import dev.gpioint.kernel.WorkItem;
import dev.gpioint.status.NtStatus;
import dev.gpioint.status.NtStatusException;
import dev.gpioint.wdf.DeviceNotificationCallback;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * What the ACPI driver does with the firmware's {@code Notify}: the interpreter hands each one over while the
 * notifying method runs ({@link #enqueue}), which only queues it; once the method has returned, a passive worker
 * takes them in the order they were raised and routes each one:
 * <ul>
 *   <li>bus check (0x00) and device check (0x01): the PnP manager evaluates {@code _STA} again and starts or
 *       removes the devices whose presence changed ({@link PnpManager#checkPresence});</li>
 *   <li>device wake (0x02): a device powered down by the PnP manager comes back to D0;</li>
 *   <li>eject request (0x03): logged; gpioint does not eject devices;</li>
 *   <li>any other code, to a device whose driver registered a callback: the device's DPC calls it at
 *       DISPATCH_LEVEL, one code at a time in order;</li>
 *   <li>anything else (a thermal zone, a processor, a device without a driver or whose driver did not register)
 *       is logged with the path and the code, never dropped silently.</li>
 * </ul>
 * Each routed notification is one line of the machine's log (source: the notified path).
 *
 * <p>A device has at most one callback. Registration is dropped when the device is removed, with what was
 * queued for it. Thread-safe: {@link #enqueue} runs on whichever thread runs AML, registration at up to
 * DISPATCH_LEVEL on driver threads; one lock guards the queue and the registrations, and callbacks run outside it.
 */
final class NotifyRouter {
    private final PnpManager pnp;
    private final Machine machine;
    private final ArrayDeque<FirmwareNotification> queue = new ArrayDeque<>();
    private final Map<NamePath, Registration> registrations = new HashMap<>();
    private final WorkItem worker;

    /** One device's callback, its DPC and the codes waiting for it. */
    private final class Registration {
        final FxDevice device;
        final DeviceNotificationCallback callback;
        final ArrayDeque<Integer> pending = new ArrayDeque<>();
        final Dpc dpc;

        Registration(FxDevice device, DeviceNotificationCallback callback) {
            this.device = device;
            this.callback = callback;
            this.dpc = machine.newDpc(() -> deliver(this), "notifications of " + device.path());
        }
    }

    NotifyRouter(PnpManager pnp) {
        this.pnp = pnp;
        this.machine = pnp.machine();
        this.worker = machine.newWorkItem(this::drain, "ACPI notifications");
    }

    /** A {@code Notify} the firmware just executed, from inside the method: queued, nothing else. Any thread, any IRQL. */
    void enqueue(FirmwareNotification notification) {
        synchronized (this) {
            queue.addLast(notification);
        }
        worker.queue();
    }

    /** {@code RegisterForDeviceNotifications}. The caller has checked IRQL and that the firmware is ACPI. */
    void register(FxDevice device, DeviceNotificationCallback callback) {
        if (callback == null) {
            throw new NtStatusException(NtStatus.INVALID_PARAMETER, device.path() + ": RegisterForDeviceNotifications needs a callback");
        }
        synchronized (this) {
            Registration existing = registrations.get(device.path());
            if (existing != null) {
                throw new NtStatusException(NtStatus.INVALID_DEVICE_STATE, device.path()
                        + " already has a notification callback: a device has one at a time (UnregisterForDeviceNotifications first)");
            }
            registrations.put(device.path(), new Registration(device, callback));
        }
    }

    /** {@code UnregisterForDeviceNotifications}: what was queued for the device is dropped. */
    void unregister(FxDevice device) {
        synchronized (this) {
            Registration registration = registrations.get(device.path());
            if (registration != null && registration.device == device) {
                registrations.remove(device.path());
            }
        }
    }

    /** The device is being removed: a callback its driver left registered goes with it. PASSIVE. */
    void deviceRemoved(DeviceNode node) {
        Registration dropped;
        synchronized (this) {
            Registration registration = registrations.get(node.path());
            dropped = registration != null && registration.device == node.fx ? registrations.remove(node.path()) : null;
        }
        if (dropped != null) {
            machine.log().add(node.path().toString(), MachineEvent.Kind.INFO,
                    "its driver left its notification callback registered: unregistered as the device is removed");
        }
    }

    /** Whether {@code device} has a callback registered (for tests and listings). */
    synchronized boolean isRegistered(NamePath device) {
        return registrations.containsKey(device);
    }

    /** The passive worker: every queued notification, in order, including those raised while it runs. */
    private void drain() {
        while (true) {
            FirmwareNotification next;
            synchronized (this) {
                next = queue.pollFirst();
            }
            if (next == null) {
                return;
            }
            route(next);
        }
    }

    private void route(FirmwareNotification notification) {
        String source = notification.target().toString();
        String what = "Notify " + notification.describeCode();
        if (notification.targetKind() != FirmwareNotification.TargetKind.DEVICE) {
            log(source, what + " not delivered: " + source + " is " + notification.targetKind().description()
                    + ", not a device a driver registers for");
            return;
        }
        DeviceNode node = pnp.node(notification.target()).orElse(null);
        if (node == null) {
            log(source, what + " not delivered: the PnP manager has no device " + source);
            return;
        }
        switch (notification.code()) {
            case FirmwareNotification.BUS_CHECK, FirmwareNotification.DEVICE_CHECK -> pnp.checkPresence(node, notification);
            case FirmwareNotification.DEVICE_WAKE -> pnp.wakeFromNotify(node, what);
            case FirmwareNotification.EJECT_REQUEST -> log(source, what + ": gpioint does not eject devices; the device stays");
            default -> deliver(node, notification.code(), what);
        }
    }

    private void deliver(DeviceNode node, int code, String what) {
        Registration registration;
        synchronized (this) {
            registration = registrations.get(node.path());
            if (registration != null) {
                registration.pending.addLast(code);
            }
        }
        if (registration == null) {
            log(node.path().toString(), what + " not delivered: " + whyNoCallback(node));
            return;
        }
        log(node.path().toString(), what + " delivered to the " + node.driver().map(d -> d.name()).orElse("?") + " driver");
        registration.dpc.queue();
    }

    /** The device's DPC, at DISPATCH_LEVEL: calls the callback with each pending code while it stays registered. */
    private void deliver(Registration registration) {
        while (true) {
            int code;
            synchronized (this) {
                if (registrations.get(registration.device.path()) != registration || registration.pending.isEmpty()) {
                    return;
                }
                code = registration.pending.pollFirst();
            }
            try {
                registration.callback.onNotification(registration.device, code);
            } catch (RuntimeException | Error failure) {
                registration.device.requestFailure("its notification callback threw " + failure, failure);
                return;
            }
        }
    }

    private static String whyNoCallback(DeviceNode node) {
        return switch (node.state()) {
            case STARTED, POWERED_DOWN, STARTING -> "its driver (" + node.driver().map(d -> d.name()).orElse("?")
                    + ") has not registered for notifications";
            case NO_DRIVER -> "it has no driver" + node.failureReason().map(r -> " (" + r + ")").orElse("");
            case NOT_PRESENT -> "it is not present";
            case FAILED -> "it failed" + node.failureReason().map(r -> " (" + r + ")").orElse("");
            case STOPPED -> "it is removed";
            case DISCOVERED -> "it is not started yet";
        };
    }

    private void log(String source, String message) {
        machine.log().add(source, MachineEvent.Kind.INFO, message);
    }
}
