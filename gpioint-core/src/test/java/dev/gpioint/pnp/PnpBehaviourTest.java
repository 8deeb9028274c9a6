package dev.gpioint.pnp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gpioint.driver.ResourceLayout;
import dev.gpioint.driver.ResourceSlot;
import dev.gpioint.driver.SlotKind;
import dev.gpioint.firmware.BoardBuilder;
import dev.gpioint.firmware.Firmware;
import dev.gpioint.firmware.InterruptMode;
import dev.gpioint.firmware.Polarity;
import dev.gpioint.firmware.Sharing;
import dev.gpioint.kernel.KInterrupt;
import dev.gpioint.kernel.Machine;
import dev.gpioint.kernel.MachineEvent;
import dev.gpioint.resource.InterruptFlags;
import dev.gpioint.resource.ResourceDescriptor;
import dev.gpioint.resource.ResourceType;
import dev.gpioint.resource.ShareDisposition;
import dev.gpioint.status.NtStatus;
import dev.gpioint.status.NtStatusException;
import dev.gpioint.wdf.WdfInterruptConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Matching, translation of primary interrupts, resource order and layout, shared lines, and failures. */
class PnpBehaviourTest {
    private final Machine machine = Machine.deterministic(2);

    private PnpManager boot(Firmware firmware, dev.gpioint.driver.Driver... drivers) {
        var pnp = new PnpManager(machine, firmware, DriverCatalog.of(drivers));
        pnp.startAll();
        machine.runUntilIdle();
        return pnp;
    }

    // ---- matching ----

    @Test
    void driversMatchByHidThenEachCidInOrder() {
        var hid = new TraceDriver("hid", "HID0001");
        var cid1 = new TraceDriver("cid1", "CID0001");
        var cid2 = new TraceDriver("cid2", "CID0002");
        Firmware firmware = BoardBuilder.named("match")
                .device("\\_SB.A", d -> d.hid("HID0001").cid("CID0001"))
                .device("\\_SB.B", d -> d.hid("NONE0001").cid("CID0002").cid("CID0001"))
                .device("\\_SB.C", d -> d.hid("hid0001")) // case does not matter
                .device("\\_SB.D", d -> d.hid("NONE0002").cid("NONE0003"))
                .build();
        // Catalog order puts the CID drivers first: the device's ID order still decides.
        var pnp = boot(firmware, cid1, cid2, hid);
        assertThat(pnp.device("\\_SB.A").driver()).contains(hid);
        assertThat(pnp.device("\\_SB.B").driver()).contains(cid2);
        assertThat(pnp.device("\\_SB.C").driver()).contains(hid);
        assertThat(pnp.device("\\_SB.D").state()).isEqualTo(DeviceState.NO_DRIVER);
        assertThat(pnp.device("\\_SB.D").failureReason()).hasValueSatisfying(r -> assertThat(r).contains("NONE0002", "NONE0003"));
    }

    @Test
    void aDeviceNotPresentIsNotStarted() {
        var driver = new TraceDriver("t", "HID0001");
        var pnp = boot(BoardBuilder.named("sta").device("\\_SB.A", d -> d.hid("HID0001").status(0)).build(), driver);
        assertThat(pnp.device("\\_SB.A").state()).isEqualTo(DeviceState.NOT_PRESENT);
        assertThat(driver.trace).isEmpty();
    }

    // ---- translation of primary interrupts ----

    @Test
    void aPrimaryInterruptHasRawGsivAndTranslatedDirqlAndVector() {
        var driver = new TraceDriver("t", "HID0001");
        var pnp = boot(BoardBuilder.named("t").device("\\_SB.A", d -> d.hid("HID0001")
                .interrupt(50, InterruptMode.LEVEL, Polarity.ACTIVE_HIGH)
                .interrupt(51, InterruptMode.EDGE, Polarity.ACTIVE_LOW, Sharing.SHARED, true)).build(), driver);
        var resources = pnp.device("\\_SB.A").resources();
        ResourceDescriptor raw0 = resources.raw().get(0);
        ResourceDescriptor tr0 = resources.translated().get(0);
        assertThat(raw0.asInterrupt().vector()).isEqualTo(50);
        assertThat(raw0.asInterrupt().level()).isEqualTo(50);
        assertThat(tr0.asInterrupt().level()).isEqualTo(tr0.asInterrupt().vector() >> 4);
        assertThat(dev.gpioint.kernel.Irql.isDirql(tr0.asInterrupt().level())).isTrue();
        assertThat(tr0.flags()).isEqualTo(InterruptFlags.LEVEL_SENSITIVE);
        assertThat(raw0.flags()).isEqualTo(tr0.flags());
        ResourceDescriptor tr1 = resources.translated().get(1);
        assertThat(tr1.flags()).isEqualTo(InterruptFlags.LATCHED | InterruptFlags.WAKE_HINT);
        assertThat(tr1.flags() & InterruptFlags.SECONDARY_INTERRUPT).isZero();
        assertThat(tr1.shareDisposition()).isEqualTo(ShareDisposition.SHARED);
        assertThat(tr0.shareDisposition()).isEqualTo(ShareDisposition.DEVICE_EXCLUSIVE);
        assertThat(raw0).isNotSameAs(tr0);
    }

    @Test
    void resourcesKeepFirmwareOrderAndSwappingFirmwareSwapsThem() {
        var driver = new TraceDriver("t", "HID0001");
        var binds = new ArrayList<Long>();
        driver.onAdd = d -> {
            d.createInterrupt(WdfInterruptConfig.init((i, id) -> true, null));
            d.createInterrupt(WdfInterruptConfig.init((i, id) -> true, null));
        };
        var straight = boot(BoardBuilder.named("t").device("\\_SB.A", d -> d.hid("HID0001")
                .interrupt(50, InterruptMode.LEVEL, Polarity.ACTIVE_HIGH)
                .memory32Fixed(0xFEE0_0000L, 0x10)
                .interrupt(51, InterruptMode.EDGE, Polarity.ACTIVE_HIGH)).build(), driver);
        var types = straight.device("\\_SB.A").resources().translated().stream().map(ResourceDescriptor::type).toList();
        assertThat(types).containsExactly(ResourceType.INTERRUPT, ResourceType.MEMORY, ResourceType.INTERRUPT);
        var interrupts = straight.device("\\_SB.A").interrupts();
        assertThat(interrupts.get(0).getInfo().mode()).isEqualTo(InterruptMode.LEVEL);
        assertThat(interrupts.get(1).getInfo().mode()).isEqualTo(InterruptMode.EDGE);

        var other = Machine.deterministic(2);
        var swappedPnp = new PnpManager(other, BoardBuilder.named("t").device("\\_SB.A", d -> d.hid("HID0001")
                .interrupt(51, InterruptMode.EDGE, Polarity.ACTIVE_HIGH)
                .memory32Fixed(0xFEE0_0000L, 0x10)
                .interrupt(50, InterruptMode.LEVEL, Polarity.ACTIVE_HIGH)).build(), DriverCatalog.of(driver));
        swappedPnp.startAll();
        var swapped = swappedPnp.device("\\_SB.A").interrupts();
        assertThat(swapped.get(0).getInfo().mode()).isEqualTo(InterruptMode.EDGE);
        assertThat(swapped.get(1).getInfo().mode()).isEqualTo(InterruptMode.LEVEL);
        assertThat(swappedPnp.device("\\_SB.A").resources().raw().get(0).asInterrupt().vector()).isEqualTo(51);
        assertThat(binds).isEmpty();
    }

    @Test
    void aLayoutMismatchFailsTheDeviceNamingExpectedAndActualOrder() {
        var driver = new TraceDriver("sensorish", "HID0001");
        driver.layout = Optional.of(ResourceLayout.of(
                ResourceSlot.interrupt("data-ready", InterruptMode.LEVEL, Polarity.ACTIVE_HIGH),
                ResourceSlot.interrupt("activity", InterruptMode.EDGE, Polarity.ACTIVE_LOW)));
        var other = new TraceDriver("other", "HID0002");
        var pnp = boot(BoardBuilder.named("t")
                .device("\\_SB.A", d -> d.hid("HID0001")
                        .interrupt(51, InterruptMode.EDGE, Polarity.ACTIVE_LOW)
                        .interrupt(50, InterruptMode.LEVEL, Polarity.ACTIVE_HIGH))
                .device("\\_SB.B", d -> d.hid("HID0002").interrupt(52, InterruptMode.EDGE, Polarity.ACTIVE_HIGH))
                .build(), driver, other);
        var node = pnp.device("\\_SB.A");
        assertThat(node.state()).isEqualTo(DeviceState.FAILED);
        String reason = node.failureReason().orElseThrow();
        assertThat(reason).contains("sensorish")
                .contains("[data-ready: INTERRUPT LEVEL ACTIVE_HIGH, activity: INTERRUPT EDGE ACTIVE_LOW]")
                .contains("INTERRUPT EDGE ACTIVE_LOW (Interrupt [51])");
        assertThat(reason.indexOf("INTERRUPT EDGE ACTIVE_LOW (Interrupt [51])"))
                .isLessThan(reason.indexOf("INTERRUPT LEVEL ACTIVE_HIGH (Interrupt [50])"));
        assertThat(driver.trace).isEmpty(); // refused before add
        assertThat(pnp.device("\\_SB.B").state()).isEqualTo(DeviceState.STARTED);
        assertThat(machine.log().events(MachineEvent.Kind.FAILURE)).extracting(MachineEvent::message).containsExactly(reason);
    }

    @Test
    void aLayoutThatFitsStartsTheDevice() {
        var driver = new TraceDriver("t", "HID0001");
        driver.layout = Optional.of(ResourceLayout.of(ResourceSlot.of("regs", SlotKind.MEMORY), ResourceSlot.anyInterrupt("irq")));
        var pnp = boot(BoardBuilder.named("t").device("\\_SB.A", d -> d.hid("HID0001").memory32Fixed(0xFEE0_0000L, 0x10)
                .interrupt(50, InterruptMode.EDGE, Polarity.ACTIVE_LOW)).build(), driver);
        assertThat(pnp.device("\\_SB.A").state()).isEqualTo(DeviceState.STARTED);
    }

    // ---- shared primary lines ----

    private TraceDriver sharer(String id, AtomicInteger calls, boolean claims, List<String> order) {
        var driver = new TraceDriver(id, id);
        driver.onAdd = d -> d.createInterrupt(WdfInterruptConfig.init((i, x) -> {
            calls.incrementAndGet();
            order.add(id);
            return claims;
        }, null));
        return driver;
    }

    private Firmware sharedLine(InterruptMode mode) {
        return BoardBuilder.named("shared")
                .device("\\_SB.A", d -> d.hid("AAAA0001").interrupt(70, mode, Polarity.ACTIVE_HIGH, Sharing.SHARED, false))
                .device("\\_SB.B", d -> d.hid("BBBB0001").interrupt(70, mode, Polarity.ACTIVE_HIGH, Sharing.SHARED, false))
                .build();
    }

    @Test
    void aSharedLevelLineCallsIsrsInConnectionOrderUntilOneClaims() {
        var a = new AtomicInteger();
        var b = new AtomicInteger();
        var order = new ArrayList<String>();
        var pnp = boot(sharedLine(InterruptMode.LEVEL), sharer("AAAA0001", a, false, order), sharer("BBBB0001", b, true, order));
        assertThat(pnp.device("\\_SB.B").state()).isEqualTo(DeviceState.STARTED);
        var line = machine.interrupts().line(70);
        line.pulse();
        machine.runUntilIdle();
        assertThat(order).containsExactly("AAAA0001", "BBBB0001");
        KInterrupt ka = machine.interrupts().connectedInterrupts().get(0);
        KInterrupt kb = machine.interrupts().connectedInterrupts().get(1);
        assertThat(ka.unclaimedCount()).isEqualTo(1);
        assertThat(kb.claimedCount()).isEqualTo(1);
        assertThat(machine.interrupts().spuriousCount(ka)).isZero();
    }

    @Test
    void aRequestNoSharerClaimsIsCountedAsSpurious() {
        var a = new AtomicInteger();
        var b = new AtomicInteger();
        var order = new ArrayList<String>();
        boot(sharedLine(InterruptMode.LEVEL), sharer("AAAA0001", a, false, order), sharer("BBBB0001", b, false, order));
        machine.interrupts().line(70).pulse();
        machine.runUntilIdle();
        machine.interrupts().line(70).pulse();
        machine.runUntilIdle();
        KInterrupt ka = machine.interrupts().connectedInterrupts().get(0);
        assertThat(machine.interrupts().spuriousCount(ka)).isEqualTo(2);
        assertThat(a.get()).isEqualTo(2);
        assertThat(b.get()).isEqualTo(2);
    }

    @Test
    void aSharedEdgeLineCallsEverySharerEvenAfterOneClaims() {
        var a = new AtomicInteger();
        var b = new AtomicInteger();
        var order = new ArrayList<String>();
        boot(sharedLine(InterruptMode.EDGE), sharer("AAAA0001", a, true, order), sharer("BBBB0001", b, true, order));
        machine.interrupts().line(70).pulse();
        machine.runUntilIdle();
        assertThat(order).containsExactly("AAAA0001", "BBBB0001");
    }

    @Test
    void anExclusiveLineIsNotShared() {
        var a = new AtomicInteger();
        var order = new ArrayList<String>();
        var pnp = boot(BoardBuilder.named("x")
                .device("\\_SB.A", d -> d.hid("AAAA0001").interrupt(70, InterruptMode.LEVEL, Polarity.ACTIVE_HIGH))
                .device("\\_SB.B", d -> d.hid("BBBB0001").interrupt(70, InterruptMode.LEVEL, Polarity.ACTIVE_HIGH))
                .build(), sharer("AAAA0001", a, true, order), sharer("BBBB0001", a, true, order));
        assertThat(pnp.device("\\_SB.A").state()).isEqualTo(DeviceState.STARTED);
        assertThat(pnp.device("\\_SB.B").state()).isEqualTo(DeviceState.FAILED);
        assertThat(pnp.device("\\_SB.B").failureReason().orElseThrow()).contains("SHARING_VIOLATION");
    }

    // ---- failures ----

    private Firmware twoDevices() {
        return BoardBuilder.named("fail")
                .device("\\_SB.A", d -> d.hid("AAAA0001").interrupt(70, InterruptMode.EDGE, Polarity.ACTIVE_HIGH))
                .device("\\_SB.B", d -> d.hid("BBBB0001").interrupt(71, InterruptMode.EDGE, Polarity.ACTIVE_HIGH))
                .build();
    }

    @Test
    void aCallbackThatThrowsFailsOnlyItsDeviceWithTheReasonAndUnwinds() {
        var a = new TraceDriver("a", "AAAA0001");
        a.onAdd = d -> d.createInterrupt(WdfInterruptConfig.init((i, x) -> true, null));
        a.onD0Entry = d -> {
            throw new NtStatusException(NtStatus.IO_DEVICE_ERROR, "the device did not answer");
        };
        var b = new TraceDriver("b", "BBBB0001");
        var pnp = boot(twoDevices(), a, b);
        assertThat(pnp.device("\\_SB.A").state()).isEqualTo(DeviceState.FAILED);
        assertThat(pnp.device("\\_SB.A").failureReason().orElseThrow()).contains("IO_DEVICE_ERROR", "did not answer");
        assertThat(pnp.device("\\_SB.B").state()).isEqualTo(DeviceState.STARTED);
        // prepared, so release-hardware is still called; D0 was not entered, so no D0 exit.
        assertThat(a.trace).containsExactly("A add", "A prepareHardware", "A d0Entry", "A releaseHardware");
        assertThat(machine.interrupts().connectedInterrupts()).isEmpty();
    }

    @Test
    void anIsrThatThrowsFailsItsDeviceDisconnectsItsInterruptsAndOthersKeepGettingTheirs() {
        var aCalls = new AtomicInteger();
        var bCalls = new AtomicInteger();
        var a = new TraceDriver("a", "AAAA0001");
        a.onAdd = d -> d.createInterrupt(WdfInterruptConfig.init((i, x) -> {
            aCalls.incrementAndGet();
            throw new IllegalStateException("bad register value");
        }, null));
        var b = new TraceDriver("b", "BBBB0001");
        b.onAdd = d -> d.createInterrupt(WdfInterruptConfig.init((i, x) -> bCalls.incrementAndGet() > 0, null));
        var pnp = boot(twoDevices(), a, b);
        machine.interrupts().line(70).pulse();
        machine.runUntilIdle();
        assertThat(pnp.device("\\_SB.A").state()).isEqualTo(DeviceState.FAILED);
        assertThat(pnp.device("\\_SB.A").failureReason().orElseThrow()).contains("ISR", "bad register value");
        assertThat(a.trace).endsWith("A d0Exit", "A releaseHardware");
        assertThat(pnp.device("\\_SB.A").interrupts().get(0).isConnected()).isFalse();
        assertThat(machine.interrupts().connectedInterrupts()).extracting(KInterrupt::owner).containsExactly("\\_SB.B interrupt 0");
        machine.interrupts().line(70).pulse();
        machine.interrupts().line(71).pulse();
        machine.runUntilIdle();
        assertThat(aCalls.get()).isEqualTo(1);
        assertThat(bCalls.get()).isEqualTo(1);
    }

    @Test
    void aDpcThatThrowsFailsItsDevice() {
        var a = new TraceDriver("a", "AAAA0001");
        a.onAdd = d -> d.createInterrupt(WdfInterruptConfig.init((i, x) -> i.queueDpcForIsr(), i -> {
            throw new IllegalStateException("dpc broke");
        }));
        var b = new TraceDriver("b", "BBBB0001");
        var pnp = boot(twoDevices(), a, b);
        machine.interrupts().line(70).pulse();
        machine.runUntilIdle();
        assertThat(pnp.device("\\_SB.A").state()).isEqualTo(DeviceState.FAILED);
        assertThat(pnp.device("\\_SB.A").failureReason().orElseThrow()).contains("DPC", "dpc broke");
        assertThat(pnp.device("\\_SB.B").state()).isEqualTo(DeviceState.STARTED);
    }

    @Test
    void anIsrThatThrowsOnASharedLevelLineDoesNotCostTheOtherSharerItsInterrupts() {
        var bCalls = new AtomicInteger();
        var a = new TraceDriver("a", "AAAA0001");
        a.onAdd = d -> d.createInterrupt(WdfInterruptConfig.init((i, x) -> {
            throw new IllegalStateException("bad");
        }, null));
        var b = new TraceDriver("b", "BBBB0001");
        b.onAdd = d -> d.createInterrupt(WdfInterruptConfig.init((i, x) -> bCalls.incrementAndGet() > 0, null));
        var pnp = boot(sharedLine(InterruptMode.LEVEL), a, b);
        var line = machine.interrupts().line(70);
        // B's device asserts the line; A's ISR (first in the chain) throws.
        KInterrupt ka = machine.interrupts().connectedInterrupts().get(0);
        assertThat(ka.owner()).startsWith("\\_SB.A");
        line.assertLine(true);
        machine.runUntil(() -> bCalls.get() == 1, "B's ISR");
        // A's failure did not claim the request, so the chain went on to B on the very first one.
        assertThat(ka.claimedCount()).isZero();
        assertThat(ka.unclaimedCount()).isEqualTo(1);
        line.assertLine(false); // B silenced its device
        machine.runUntilIdle();
        assertThat(pnp.device("\\_SB.A").state()).isEqualTo(DeviceState.FAILED);
        assertThat(pnp.device("\\_SB.B").state()).isEqualTo(DeviceState.STARTED);
        int before = bCalls.get();
        line.pulse();
        machine.runUntilIdle();
        assertThat(bCalls.get()).isEqualTo(before + 1);
        assertThat(line.stormDetected()).isFalse();
    }

    @Test
    void anIsrThatThrowsOnItsOwnLevelLineIsCalledOnceNotUntilAStorm() {
        var calls = new AtomicInteger();
        var a = new TraceDriver("a", "AAAA0001");
        a.onAdd = d -> d.createInterrupt(WdfInterruptConfig.init((i, x) -> {
            calls.incrementAndGet();
            throw new IllegalStateException("bad");
        }, null));
        var pnp = boot(BoardBuilder.named("level")
                .device("\\_SB.A", d -> d.hid("AAAA0001").interrupt(72, InterruptMode.LEVEL, Polarity.ACTIVE_HIGH)).build(), a);
        var line = machine.interrupts().line(72);
        line.assertLine(true); // the device asserts and the failed driver will never silence it
        machine.runUntilIdle();
        // Quarantined at once: no re-fire into the failed ISR, no storm, and the line is masked once A is gone.
        assertThat(calls.get()).isEqualTo(1);
        assertThat(line.stormDetected()).isFalse();
        assertThat(pnp.device("\\_SB.A").state()).isEqualTo(DeviceState.FAILED);
        assertThat(line.isMasked()).isTrue();
        assertThat(line.requestCount()).isEqualTo(1);
    }
}
