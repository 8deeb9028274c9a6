package dev.gpioint.pnp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gpioint.driver.DevicePowerState;
import dev.gpioint.firmware.BoardBuilder;
import dev.gpioint.firmware.Firmware;
import dev.gpioint.firmware.FirmwareNotification.TargetKind;
import dev.gpioint.firmware.NamePath;
import dev.gpioint.kernel.Irql;
import dev.gpioint.kernel.Machine;
import dev.gpioint.kernel.MachineEvent;
import dev.gpioint.status.NtStatus;
import dev.gpioint.status.NtStatusException;
import dev.gpioint.wdf.WdfDevice;
import dev.gpioint.wdf.WdfWorkItem;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The firmware's {@code Notify} on its way to drivers: registration rules of {@code RegisterForDeviceNotifications},
 * delivery at DISPATCH_LEVEL after the notifying method returned, the codes the ACPI driver and the PnP manager keep
 * (bus and device check start and remove devices), notifications nobody can take (logged), and removal.
 */
class DeviceNotificationTest {
    private static final String ID = "TEST0001";
    private final Machine machine = Machine.deterministic(2);
    private final ScriptedMethods methods = new ScriptedMethods();

    private Firmware board() {
        return BoardBuilder.named("notify")
                .device("\\_SB.DEV0", d -> d.hid(ID))
                .device("\\_SB.NDRV", d -> d.hid("NONE0001"))
                .device("\\_SB.HOT0", d -> d.hid(ID).status(0))
                .device("\\_SB.HOT0.CHLD", d -> d.hid(ID).status(0))
                .build().withMethods(methods);
    }

    private PnpManager boot(Firmware firmware, TraceDriver driver) {
        var pnp = new PnpManager(machine, firmware, DriverCatalog.of(driver));
        pnp.startAll();
        machine.runUntilIdle();
        return pnp;
    }

    /** A driver whose devices register a callback recording "DEV0 0x80 at DISPATCH_LEVEL" in prepare-hardware. */
    private static TraceDriver registering(List<String> received) {
        var driver = new TraceDriver("notified", ID);
        driver.onPrepare = (d, raw, translated) -> d.registerForDeviceNotifications((device, code) -> received.add(
                device.path().lastSegment() + " 0x" + Integer.toHexString(code) + " at " + Irql.name(Irql.current())));
        return driver;
    }

    private List<String> info() {
        return machine.log().events(MachineEvent.Kind.INFO).stream().map(e -> e.source() + " " + e.message()).toList();
    }

    // ---- registration ----

    @Test
    void aDeviceHasOneCallbackAndASecondRegistrationFailsWithInvalidDeviceState() {
        var driver = new TraceDriver("t", ID);
        var second = new AtomicReference<NtStatusException>();
        driver.onPrepare = (d, raw, translated) -> {
            d.registerForDeviceNotifications((device, code) -> { });
            try {
                d.registerForDeviceNotifications((device, code) -> { });
            } catch (NtStatusException e) {
                second.set(e);
            }
            d.unregisterForDeviceNotifications();
            d.registerForDeviceNotifications((device, code) -> { }); // after unregistering, a new one is accepted
        };
        var pnp = boot(board(), driver);
        assertThat(pnp.device("\\_SB.DEV0").state()).isEqualTo(DeviceState.STARTED);
        assertThat(second.get().status()).isEqualTo(NtStatus.INVALID_DEVICE_STATE);
        assertThat(second.get()).hasMessageContaining("\\_SB.DEV0 already has a notification callback");
        assertThat(pnp.notifications().isRegistered(NamePath.of("\\_SB.DEV0"))).isTrue();
    }

    @Test
    void aNullCallbackIsAnInvalidParameterAndFirmwareThatIsNotAcpiHasNoInterface() {
        var statuses = new ArrayList<NtStatus>();
        var driver = new TraceDriver("t", ID);
        driver.onPrepare = (d, raw, translated) -> {
            try {
                d.registerForDeviceNotifications(null);
            } catch (NtStatusException e) {
                statuses.add(e.status());
            }
        };
        boot(board(), driver);
        var other = Machine.deterministic(1);
        driver.onPrepare = (d, raw, translated) -> {
            try {
                d.registerForDeviceNotifications((device, code) -> { });
            } catch (NtStatusException e) {
                statuses.add(e.status());
            }
        };
        var javaBoard = new PnpManager(other, BoardBuilder.named("java").device("\\_SB.DEV0", d -> d.hid(ID)).build(), DriverCatalog.of(driver));
        javaBoard.startAll();
        assertThat(statuses).containsExactly(NtStatus.INVALID_PARAMETER, NtStatus.NOT_SUPPORTED);
    }

    // ---- delivery ----

    @Test
    void theCallbackRunsAtDispatchAfterTheMethodReturnedInOrderAtTheSameVirtualTime() {
        var received = new ArrayList<String>();
        var pnp = boot(board(), registering(received));
        var seenInMethod = new ArrayList<Boolean>();
        methods.bodies.put("_EVT", () -> {
            methods.raise("\\_SB.DEV0", 0x80);
            methods.raise("\\_SB.DEV0", 0x81);
            methods.raise("\\_SB.DEV0", 0x04);
            seenInMethod.add(!received.isEmpty());
        });
        long before = machine.nanoTime();
        pnp.device("\\_SB.DEV0").fx.evaluateMethod("_EVT");
        assertThat(received).as("nothing is delivered while the method runs, nor before the machine runs").isEmpty();
        machine.runUntilIdle();
        assertThat(seenInMethod).containsExactly(false);
        assertThat(received).containsExactly("DEV0 0x80 at DISPATCH_LEVEL", "DEV0 0x81 at DISPATCH_LEVEL", "DEV0 0x4 at DISPATCH_LEVEL");
        assertThat(machine.nanoTime()).isEqualTo(before);
        assertThat(info()).contains("\\_SB.DEV0 Notify 0x80 (device-specific) delivered to the notified driver",
                "\\_SB.DEV0 Notify 0x04 (defined by ACPI) delivered to the notified driver");
    }

    @Test
    void aCallbackThatEvaluatesAMethodAtDispatchFailsItsDeviceAndAWorkItemIsTheWay() {
        var driver = new TraceDriver("t", ID);
        var read = new ArrayList<String>();
        driver.onPrepare = (d, raw, translated) -> {
            WdfWorkItem item = d.createWorkItem(w -> {
                read.add("at " + Irql.name(Irql.current()));
                w.device().evaluateMethod("_LID");
            });
            d.registerForDeviceNotifications((device, code) -> {
                if (code == 0x80) {
                    item.enqueue();
                } else {
                    device.evaluateMethod("_LID"); // IOCTL_ACPI_EVAL_METHOD is PASSIVE_LEVEL only
                }
            });
        };
        methods.bodies.put("_LID", () -> read.add("_LID"));
        var pnp = boot(board(), driver);
        methods.raise("\\_SB.DEV0", 0x80);
        machine.runUntilIdle();
        assertThat(read).containsExactly("at PASSIVE_LEVEL", "_LID");
        assertThat(pnp.device("\\_SB.DEV0").state()).isEqualTo(DeviceState.STARTED);

        methods.raise("\\_SB.DEV0", 0x81);
        machine.runUntilIdle();
        assertThat(pnp.device("\\_SB.DEV0").state()).isEqualTo(DeviceState.FAILED);
        assertThat(pnp.device("\\_SB.DEV0").failureReason()).hasValueSatisfying(r -> assertThat(r)
                .contains("notification callback threw", "IOCTL_ACPI_EVAL_METHOD", "DISPATCH_LEVEL"));
    }

    @Test
    void busCheckDeviceCheckWakeAndEjectAreNotTheDriversAndGoNowhereElse() {
        var received = new ArrayList<String>();
        var pnp = boot(board(), registering(received));
        methods.status.put(NamePath.of("\\_SB.DEV0"), 0x0F);
        for (int code = 0; code <= 3; code++) {
            methods.raise("\\_SB.DEV0", code);
        }
        machine.runUntilIdle();
        assertThat(received).isEmpty();
        assertThat(pnp.device("\\_SB.DEV0").state()).isEqualTo(DeviceState.STARTED);
        assertThat(info()).contains(
                "\\_SB.DEV0 Notify 0x00 (bus check): _STA is 0xf, presence unchanged; checking the devices below it",
                "\\_SB.DEV0 Notify 0x01 (device check): _STA is 0xf, presence unchanged",
                "\\_SB.DEV0 Notify 0x02 (device wake): nothing to wake (STARTED)",
                "\\_SB.DEV0 Notify 0x03 (eject request): gpioint does not eject devices; the device stays");
    }

    @Test
    void notificationsNobodyCanTakeAreLoggedWithPathAndCode() {
        var received = new ArrayList<String>();
        var quiet = new TraceDriver("quiet", "QUIET01");
        var pnp = new PnpManager(machine, BoardBuilder.named("notify")
                .device("\\_SB.DEV0", d -> d.hid(ID))
                .device("\\_SB.NDRV", d -> d.hid("NONE0001"))
                .device("\\_SB.QUIE", d -> d.hid("QUIET01"))
                .device("\\_SB.GONE", d -> d.hid(ID).status(0))
                .build().withMethods(methods), DriverCatalog.of(registering(received), quiet));
        pnp.startAll();
        methods.raise("\\_TZ.TZ00", TargetKind.THERMAL_ZONE, 0x80);
        methods.raise("\\_PR.CPU0", TargetKind.PROCESSOR, 0x81);
        methods.raise("\\_SB.NDRV", 0x80);
        methods.raise("\\_SB.QUIE", 0x80);
        methods.raise("\\_SB.GONE", 0x80);
        machine.runUntilIdle();
        assertThat(received).isEmpty();
        assertThat(info()).containsExactly(
                "\\_TZ.TZ00 Notify 0x80 (device-specific) not delivered: \\_TZ.TZ00 is a thermal zone, not a device a driver registers for",
                "\\_PR.CPU0 Notify 0x81 (device-specific) not delivered: \\_PR.CPU0 is a processor, not a device a driver registers for",
                "\\_SB.NDRV Notify 0x80 (device-specific) not delivered: it has no driver (no driver for NONE0001)",
                "\\_SB.QUIE Notify 0x80 (device-specific) not delivered: its driver (quiet) has not registered for notifications",
                "\\_SB.GONE Notify 0x80 (device-specific) not delivered: it is not present");
    }

    // ---- removal ----

    @Test
    void removingTheDeviceUnregistersItsCallbackAndDropsWhatWasQueued() {
        var received = new ArrayList<String>();
        var pnp = boot(board(), registering(received));
        methods.raise("\\_SB.DEV0", 0x80);
        pnp.stop(NamePath.of("\\_SB.DEV0"));
        machine.runUntilIdle();
        methods.raise("\\_SB.DEV0", 0x81);
        machine.runUntilIdle();
        assertThat(received).isEmpty();
        assertThat(pnp.notifications().isRegistered(NamePath.of("\\_SB.DEV0"))).isFalse();
        assertThat(info()).containsExactly(
                "\\_SB.DEV0 its driver left its notification callback registered: unregistered as the device is removed",
                "\\_SB.DEV0 Notify 0x80 (device-specific) not delivered: it is removed",
                "\\_SB.DEV0 Notify 0x81 (device-specific) not delivered: it is removed");
    }

    @Test
    void aDriverThatUnregistersInReleaseHardwareLeavesNothingBehindAndItsWorkItemsDieWithTheDevice() {
        var driver = registering(new ArrayList<>());
        var ran = new ArrayList<String>();
        var item = new AtomicReference<WdfWorkItem>();
        driver.onAdd = d -> item.set(d.createWorkItem(w -> ran.add("ran")));
        driver.onReleaseHardware = WdfDevice::unregisterForDeviceNotifications;
        var pnp = boot(board(), driver);
        item.get().enqueue();
        pnp.stop(NamePath.of("\\_SB.DEV0"));
        machine.runUntilIdle();
        assertThat(ran).as("a work item still queued when its device is removed does not run").isEmpty();
        assertThat(info()).isEmpty();
    }

    // ---- bus check and device check ----

    @Test
    void aDeviceCheckStartsADeviceThatAppearedAndSurpriseRemovesOneThatLeft() {
        var received = new ArrayList<String>();
        var pnp = boot(board(), registering(received));
        assertThat(pnp.device("\\_SB.HOT0").state()).isEqualTo(DeviceState.NOT_PRESENT);
        assertThat(pnp.device("\\_SB.HOT0.CHLD").state()).isEqualTo(DeviceState.NOT_PRESENT);

        methods.status.put(NamePath.of("\\_SB.HOT0"), 0x0F);
        methods.status.put(NamePath.of("\\_SB.HOT0.CHLD"), 0x0F);
        methods.raise("\\_SB.HOT0", 0x01);
        machine.runUntilIdle();
        assertThat(pnp.device("\\_SB.HOT0").state()).isEqualTo(DeviceState.STARTED);
        assertThat(pnp.device("\\_SB.HOT0.CHLD").state()).as("the device below one that appeared is checked too").isEqualTo(DeviceState.STARTED);
        methods.raise("\\_SB.HOT0", 0x80);
        machine.runUntilIdle();
        assertThat(received).containsExactly("HOT0 0x80 at DISPATCH_LEVEL");

        methods.status.put(NamePath.of("\\_SB.HOT0"), 0);
        methods.raise("\\_SB.HOT0", 0x01);
        machine.runUntilIdle();
        assertThat(pnp.device("\\_SB.HOT0").state()).isEqualTo(DeviceState.NOT_PRESENT);
        assertThat(pnp.device("\\_SB.HOT0.CHLD").state()).as("hidden by its parent").isEqualTo(DeviceState.NOT_PRESENT);
        assertThat(pnp.device("\\_SB.HOT0").failureReason()).contains("_STA is 0x0 after Notify 0x01 (device check)");
        var lifecycle = machine.log().events(MachineEvent.Kind.LIFECYCLE).stream().map(e -> e.source() + " " + e.message()).toList();
        assertThat(lifecycle).containsSubsequence(
                "\\_SB.HOT0 present (Notify 0x01 (device check)): starting",
                "\\_SB.HOT0 started by notified",
                "\\_SB.HOT0.CHLD present (Notify 0x01 (device check)): starting",
                "\\_SB.HOT0.CHLD started by notified",
                "\\_SB.HOT0.CHLD surprise removal: the hardware is gone",
                "\\_SB.HOT0.CHLD stopped",
                "\\_SB.HOT0.CHLD no longer present (Notify 0x01 (device check))",
                "\\_SB.HOT0 surprise removal: the hardware is gone",
                "\\_SB.HOT0 stopped",
                "\\_SB.HOT0 no longer present (Notify 0x01 (device check))");

        methods.status.put(NamePath.of("\\_SB.HOT0"), 0x0F);
        methods.raise("\\_SB.HOT0", 0x01);
        machine.runUntilIdle();
        assertThat(pnp.device("\\_SB.HOT0").state()).as("back again: started anew").isEqualTo(DeviceState.STARTED);
        methods.raise("\\_SB.HOT0", 0x80);
        machine.runUntilIdle();
        assertThat(received).containsExactly("HOT0 0x80 at DISPATCH_LEVEL", "HOT0 0x80 at DISPATCH_LEVEL");
    }

    @Test
    void aBusCheckChecksEveryDeviceBelowEvenWhenTheNotifiedOneStays() {
        var pnp = boot(BoardBuilder.named("bus")
                .device("\\_SB.BUS0", d -> d.hid(ID))
                .device("\\_SB.BUS0.SLT0", d -> d.hid(ID).status(0))
                .build().withMethods(methods), registering(new ArrayList<>()));
        methods.status.put(NamePath.of("\\_SB.BUS0.SLT0"), 0x0F);
        methods.raise("\\_SB.BUS0", 0x01);
        machine.runUntilIdle();
        assertThat(pnp.device("\\_SB.BUS0.SLT0").state()).as("a device check looks at the device only").isEqualTo(DeviceState.NOT_PRESENT);
        methods.raise("\\_SB.BUS0", 0x00);
        machine.runUntilIdle();
        assertThat(pnp.device("\\_SB.BUS0.SLT0").state()).isEqualTo(DeviceState.STARTED);
    }

    @Test
    void aDeviceWakeBringsAPoweredDownDeviceBackToD0() {
        var pnp = boot(board(), registering(new ArrayList<>()));
        pnp.powerDown(NamePath.of("\\_SB.DEV0"), DevicePowerState.D3);
        methods.raise("\\_SB.DEV0", 0x02);
        machine.runUntilIdle();
        assertThat(pnp.device("\\_SB.DEV0").state()).isEqualTo(DeviceState.STARTED);
        assertThat(pnp.device("\\_SB.DEV0").powerState()).isEqualTo(DevicePowerState.D0);
    }
}
