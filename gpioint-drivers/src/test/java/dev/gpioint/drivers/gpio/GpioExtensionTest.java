package dev.gpioint.drivers.gpio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gpioint.driver.DevicePowerState;
import dev.gpioint.firmware.InterruptMode;
import dev.gpioint.firmware.IoRestriction;
import dev.gpioint.firmware.NamePath;
import dev.gpioint.firmware.Polarity;
import dev.gpioint.firmware.PullConfiguration;
import dev.gpioint.firmware.Sharing;
import dev.gpioint.gpio.GpioController;
import dev.gpioint.gpio.GpioIoAccess;
import dev.gpioint.gpio.GpioIoTarget;
import dev.gpioint.kernel.MachineEvent;
import dev.gpioint.pnp.DeviceState;
import dev.gpioint.status.NtStatus;
import dev.gpioint.status.NtStatusException;
import dev.gpioint.wdf.TriState;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The GPIO class extension's behaviours of issue 4, points 2 to 8, on a SimGpio controller. */
class GpioExtensionTest {
    static final String GPIO = GpioRig.GPIO;

    // ---- 2. ActiveBoth ----

    @Test
    void activeBothFirstInterruptAfterConnectIsTheAssertedStateLowByDefault() {
        var probe = new Probe("PROB0001");
        var rig = GpioRig.boot(GpioRig.firmware(b -> b.device("\\_SB.BTN0", d -> d.hid("PROB0001")
                .gpioInt(GPIO, 3, InterruptMode.EDGE, Polarity.ACTIVE_BOTH)
                .gpioInt(GPIO, 4, InterruptMode.EDGE, Polarity.ACTIVE_BOTH))), a -> a, g -> g.setInput(3, true), probe);
        // Pin 3 idles high (released): nothing at connect. Pin 4 is low at connect: asserted, delivered at once.
        assertThat(probe.count(0)).isZero();
        assertThat(probe.count(1)).isEqualTo(1);
        rig.set(3, false);
        assertThat(probe.count(0)).isEqualTo(1);
        rig.set(3, true);
        assertThat(probe.count(0)).isEqualTo(2);
        assertThat(rig.client().enables).allMatch(p -> p.mode() == InterruptMode.LEVEL && p.polarity() == Polarity.ACTIVE_LOW);
    }

    @Test
    void activeBothAssertHighPinsComeFromTheControllersDsdProperty() {
        var probe = new Probe("PROB0001");
        var rig = GpioRig.boot(GpioRig.firmware(false, c -> c.property(GpioController.ACTIVE_BOTH_ASSERT_HIGH_PROPERTY, List.of(3L)),
                b -> b.device("\\_SB.BTN0", d -> d.hid("PROB0001").gpioInt(GPIO, 3, InterruptMode.EDGE, Polarity.ACTIVE_BOTH))), probe);
        assertThat(probe.count(0)).as("low is the released state of an assert-high pin").isZero();
        assertThat(rig.client().enables.getFirst().polarity()).isEqualTo(Polarity.ACTIVE_HIGH);
        rig.set(3, true);
        assertThat(probe.count(0)).isEqualTo(1);
        rig.set(3, false);
        assertThat(probe.count(0)).isEqualTo(2);
    }

    @Test
    void aMalformedAssertHighPropertyFailsTheControllerWithAReason() {
        var rig = GpioRig.boot(GpioRig.firmware(false, c -> c.property(GpioController.ACTIVE_BOTH_ASSERT_HIGH_PROPERTY, "three"), b -> { }));
        assertThat(rig.device(GPIO).state()).isEqualTo(DeviceState.FAILED);
        assertThat(rig.device(GPIO).failureReason().orElseThrow()).contains(GpioController.ACTIVE_BOTH_ASSERT_HIGH_PROPERTY, "package of pin numbers");
    }

    // ---- 3. Level on edge-only, edge on level-only ----

    @Test
    void edgeOnALevelOnlyControllerIsALevelWhosePolarityFlipsAndIsDeliveredOncePerEdge() {
        var probe = new Probe("PROB0001");
        var rig = GpioRig.boot(GpioRig.firmware(b -> b.device("\\_SB.PRB0", d -> d.hid("PROB0001")
                .gpioInt(GPIO, 5, InterruptMode.EDGE, Polarity.ACTIVE_HIGH))), a -> a.withInterruptModes(false, true), g -> { }, probe);
        rig.set(5, true);
        assertThat(probe.count(0)).isEqualTo(1);
        rig.set(5, false);
        assertThat(probe.count(0)).as("the falling edge is not an ActiveHigh edge").isEqualTo(1);
        rig.set(5, true);
        assertThat(probe.count(0)).isEqualTo(2);
        assertThat(rig.client().enables).allMatch(p -> p.mode() == InterruptMode.LEVEL);
        assertThat(rig.client().reconfigures).allMatch(r -> r.contains("LEVEL"));
    }

    /**
     * Found by the model-based check's client faults (docs/reliability.md): a client callback failing in the
     * extension's own debounce timer escaped as an anonymous kernel work-item failure and left the pin masked;
     * then a consumer leaving D0 broke the verifier on the failed controller's lock.
     */
    @Test
    void aClientFailureInTheDebounceCheckFailsTheControllerAndItsConsumersStillPowerDownCleanly() {
        var probe = new Probe("PROB0001");
        var rig = GpioRig.boot(GpioRig.firmware(false, c -> c.property("gpioint,emulate-debouncing", 1L)
                        .property("gpioint,client-fault", "query-active-fail 2"),
                b -> b.device("\\_SB.PRB0", d -> d.hid("PROB0001").resource(new dev.gpioint.firmware.GpioInt(NamePath.of(GPIO), 3,
                        InterruptMode.EDGE, Polarity.ACTIVE_HIGH, Sharing.EXCLUSIVE, false, PullConfiguration.NONE,
                        PullConfiguration.NONE.acpiCode(), 20, 0, dev.gpioint.firmware.VendorData.EMPTY)))), probe);
        rig.set(3, true); // the bank ISR's query is the first; the debounce check 200 us later is the second
        rig.advanceMillis(1);
        var controller = rig.device(GPIO);
        assertThat(controller.state()).isEqualTo(DeviceState.FAILED);
        assertThat(controller.failureReason().orElseThrow()).contains("debounce check", "pin 3", "query-active-fail 2");
        assertThat(probe.count(0)).isZero();
        rig.pnp().powerDown(NamePath.of("\\_SB.PRB0"), DevicePowerState.D3);
        rig.machine().runUntilIdle();
        assertThat(rig.device("\\_SB.PRB0").state()).isEqualTo(DeviceState.POWERED_DOWN);
        assertThat(rig.log(MachineEvent.Kind.FAILURE)).allMatch(f -> f.startsWith(GPIO + ": "), "only the controller's own failure");
    }

    /**
     * Found by the model-based check (WdfInterruptEnable in traces): enabling an interrupt of a device that
     * failed tried to connect a pin whose reservation went with the device, and failed with a misleading error.
     */
    @Test
    void enablingAnInterruptOfAFailedDeviceIsRefusedAsInvalidDeviceState() {
        var probe = new Probe("PROB0001");
        probe.behaviour = (index, count) -> {
            throw new IllegalStateException("broken driver");
        };
        var rig = GpioRig.boot(GpioRig.firmware(b -> b.device("\\_SB.PRB0", d -> d.hid("PROB0001")
                .gpioInt(GPIO, 3, InterruptMode.EDGE, Polarity.ACTIVE_HIGH))), probe);
        rig.set(3, true);
        assertThat(rig.device("\\_SB.PRB0").state()).isEqualTo(DeviceState.FAILED);
        var interrupt = rig.device("\\_SB.PRB0").interrupts().getFirst();
        assertThatThrownBy(interrupt::enable).isInstanceOfSatisfying(NtStatusException.class,
                e -> assertThat(e.status()).isEqualTo(NtStatus.INVALID_DEVICE_STATE)).hasMessageContaining("released");
    }

    /** Found by the model-based check (docs/reliability.md): an edge reports a transition, not a resting level. */
    @Test
    void anEmulatedEdgeDoesNotFireAtConnectWhenTheLineAlreadyRestsAsserted() {
        var probe = new Probe("PROB0001");
        var rig = GpioRig.boot(GpioRig.firmware(b -> b.device("\\_SB.PRB0", d -> d.hid("PROB0001")
                .gpioInt(GPIO, 5, InterruptMode.EDGE, Polarity.ACTIVE_HIGH)
                .gpioInt(GPIO, 6, InterruptMode.EDGE, Polarity.ACTIVE_LOW))), a -> a.withInterruptModes(false, true),
                g -> g.setInput(5, true), probe);
        assertThat(probe.count(0)).as("pin 5 rests high at connect: no rising edge").isZero();
        assertThat(probe.count(1)).as("pin 6 rests low at connect: no falling edge").isZero();
        rig.set(5, false);
        rig.set(6, true);
        assertThat(probe.count(0)).isZero();
        assertThat(probe.count(1)).isZero();
        rig.set(5, true);
        rig.set(6, false);
        assertThat(probe.count(0)).isEqualTo(1);
        assertThat(probe.count(1)).isEqualTo(1);
    }

    @Test
    void levelOnAnEdgeOnlyControllerIsDeliveredAgainWhileThePinStaysAsserted() {
        var probe = new Probe("PROB0001");
        var rig = GpioRig.boot(GpioRig.firmware(b -> b.device("\\_SB.PRB0", d -> d.hid("PROB0001")
                .gpioInt(GPIO, 6, InterruptMode.LEVEL, Polarity.ACTIVE_HIGH))), a -> a.withInterruptModes(true, false), g -> { }, probe);
        probe.behaviour = (index, count) -> {
            if (count == 3) {
                rig.gpio().setInput(6, false); // the third ISR silences the device
            }
            return true;
        };
        rig.set(6, true);
        assertThat(probe.count(0)).isEqualTo(3);
        assertThat(rig.client().enables).allMatch(p -> p.mode() == InterruptMode.EDGE);
        assertThat(rig.device("\\_SB.PRB0").state()).isEqualTo(DeviceState.STARTED);
    }

    @Test
    void aNeverSilencedLevelOnAnEdgeOnlyControllerIsAStorm() {
        var probe = new Probe("PROB0001");
        var rig = GpioRig.boot(GpioRig.firmware(b -> b.device("\\_SB.PRB0", d -> d.hid("PROB0001")
                .gpioInt(GPIO, 6, InterruptMode.LEVEL, Polarity.ACTIVE_HIGH))), a -> a.withInterruptModes(true, false), g -> { }, probe);
        rig.set(6, true);
        assertThat(rig.device("\\_SB.PRB0").state()).isEqualTo(DeviceState.FAILED);
        assertThat(rig.device("\\_SB.PRB0").failureReason().orElseThrow()).contains("interrupt storm on \\_SB.GPO0 pin 6");
    }

    // ---- 4. Debounce ----

    private static GpioRig debounced(Probe probe, boolean emulate, Polarity polarity, int hundredths) {
        return GpioRig.boot(GpioRig.firmware(b -> b.device("\\_SB.BTN0", d -> d.hid("PROB0001")
                        .gpioInt(GPIO, 7, InterruptMode.EDGE, polarity, Sharing.EXCLUSIVE, false, PullConfiguration.UP, hundredths))),
                a -> a.withEmulateDebouncing(emulate), g -> g.setInput(7, true), probe);
    }

    @Test
    void emulatedDebounceDropsGlitchesShorterThanTheTimeoutAndDeliversACleanEdgeOnce() {
        var probe = new Probe("PROB0001");
        var rig = debounced(probe, true, Polarity.ACTIVE_LOW, 500); // 5 ms
        rig.at(1, () -> rig.gpio().pulse(7, false, Duration.ofMillis(1)));   // 1 ms glitch
        rig.at(7, () -> rig.gpio().pulse(7, false, Duration.ofNanos(300_000))); // 0.3 ms glitch after the first window
        rig.advanceMillis(13);
        assertThat(probe.count(0)).as("glitches never reach the ISR").isZero();
        assertThat(rig.controller().debounceGlitches(7)).isEqualTo(2);
        rig.at(1, () -> rig.gpio().setInput(7, false)); // a clean press at 10 ms, held
        rig.advanceMillis(5);
        assertThat(probe.count(0)).as("not before the timeout").isZero();
        rig.advanceMillis(2);
        assertThat(probe.count(0)).isEqualTo(1);
        rig.at(1, () -> rig.gpio().setInput(7, true)); // release: not an ActiveLow edge
        rig.advanceMillis(20);
        assertThat(probe.count(0)).isEqualTo(1);
        assertThat(rig.client().enables.getFirst().debounceHundredthsMs()).as("the client does not debounce again").isZero();
    }

    @Test
    void emulatedDebounceOnActiveBothDeliversPressAndReleaseOnceEach() {
        var probe = new Probe("PROB0001");
        var rig = debounced(probe, true, Polarity.ACTIVE_BOTH, 200); // 2 ms
        rig.at(1, () -> rig.gpio().pulse(7, false, Duration.ofNanos(500_000)));
        rig.at(5, () -> rig.gpio().pulse(7, false, Duration.ofMillis(30)));
        rig.advanceMillis(4);
        assertThat(probe.count(0)).isZero();
        rig.advanceMillis(50);
        assertThat(probe.count(0)).isEqualTo(2);
    }

    @Test
    void nativeDebounceHandsTheTimeoutToTheClient() {
        var probe = new Probe("PROB0001");
        var rig = debounced(probe, false, Polarity.ACTIVE_LOW, 500);
        assertThat(rig.client().enables.getFirst().debounceHundredthsMs()).isEqualTo(500);
        assertThat(rig.controller().debounceGlitches(7)).isZero();
    }

    @Test
    void aDebounceOfZeroMeansNone() {
        var probe = new Probe("PROB0001");
        var rig = debounced(probe, true, Polarity.ACTIVE_LOW, 0);
        rig.at(1, () -> rig.gpio().pulse(7, false, Duration.ofNanos(100_000)));
        rig.advanceMillis(2);
        assertThat(probe.count(0)).as("with no debounce even a 0.1 ms glitch is an edge").isEqualTo(1);
        assertThat(rig.client().enables.getFirst().mode()).isEqualTo(InterruptMode.EDGE);
    }

    // ---- 5. Storms ----

    private static GpioRig stormBoard(Probe stuck, Probe healthy) {
        return GpioRig.boot(GpioRig.firmware(b -> b
                .device("\\_SB.STK0", d -> d.hid("STUK0001").gpioInt(GPIO, 8, InterruptMode.LEVEL, Polarity.ACTIVE_HIGH))
                .device("\\_SB.OK00", d -> d.hid("GOOD0001").gpioInt(GPIO, 9, InterruptMode.EDGE, Polarity.ACTIVE_HIGH))), stuck, healthy);
    }

    @Test
    void aLevelClaimedButNeverSilencedIsMaskedReportedAndItsDeviceFailedWhileOtherPinsWork() {
        var stuck = new Probe("STUK0001");
        var healthy = new Probe("GOOD0001");
        var rig = stormBoard(stuck, healthy);
        rig.set(8, true); // held asserted forever
        assertThat(rig.device("\\_SB.STK0").state()).isEqualTo(DeviceState.FAILED);
        assertThat(rig.device("\\_SB.STK0").failureReason().orElseThrow()).contains("interrupt storm on \\_SB.GPO0 pin 8");
        assertThat(rig.log(MachineEvent.Kind.STORM)).anySatisfy(m -> assertThat(m).contains("\\_SB.GPO0 pin 8", "\\_SB.STK0"));
        assertThat(stuck.count(0)).isBetween(1, rig.machine().options().stormThreshold());
        rig.set(9, true);
        assertThat(healthy.count(0)).isEqualTo(1);
        assertThat(rig.device(GPIO).state()).isEqualTo(DeviceState.STARTED);
    }

    @Test
    void anUnclaimedLevelIsAStormToo() {
        var stuck = new Probe("STUK0001");
        stuck.behaviour = (index, count) -> false;
        var healthy = new Probe("GOOD0001");
        var rig = stormBoard(stuck, healthy);
        rig.set(8, true);
        assertThat(rig.device("\\_SB.STK0").state()).isEqualTo(DeviceState.FAILED);
        rig.set(9, true);
        assertThat(healthy.count(0)).isEqualTo(1);
    }

    @Test
    void aPinEnabledBehindTheExtensionsBackIsCaughtByQueryEnabledMaskedAndReported() {
        var healthy = new Probe("GOOD0001");
        var rig = GpioRig.boot(GpioRig.firmware(b -> b.device("\\_SB.OK00", d -> d.hid("GOOD0001")
                .gpioInt(GPIO, 9, InterruptMode.EDGE, Polarity.ACTIVE_HIGH))), healthy);
        rig.gpio().setInput(20, true);
        rig.gpio().firmwareEnable(20, false); // the hardware's enable state drifts: a level pin nobody owns
        rig.machine().runUntilIdle();
        assertThat(rig.controller().driftReports()).isEqualTo(1);
        assertThat(rig.log(MachineEvent.Kind.FAILURE)).anySatisfy(m -> assertThat(m).contains("\\_SB.GPO0", "drifted", "pins [20]"));
        assertThat(rig.gpio().isMasked(20)).isTrue();
        assertThat(rig.device(GPIO).state()).isEqualTo(DeviceState.STARTED);
        rig.set(9, true);
        assertThat(healthy.count(0)).isEqualTo(1);
    }

    // ---- 6. Shared pins ----

    @Test
    void aSharedPinIsEnabledOnceForTheFirstConsumerRunsAnIsrChainAndIsDisabledAfterTheLast() {
        var first = new Probe("SHRA0001");
        var second = new Probe("SHRB0001");
        first.behaviour = (index, count) -> false; // not mine
        var rig = GpioRig.boot(GpioRig.firmware(b -> b
                .device("\\_SB.SHA0", d -> d.hid("SHRA0001").gpioInt(GPIO, 12, InterruptMode.LEVEL, Polarity.ACTIVE_HIGH, Sharing.SHARED, false, PullConfiguration.DEFAULT, 0))
                .device("\\_SB.SHB0", d -> d.hid("SHRB0001").gpioInt(GPIO, 12, InterruptMode.LEVEL, Polarity.ACTIVE_HIGH, Sharing.SHARED, false, PullConfiguration.DEFAULT, 0))),
                first, second);
        second.behaviour = (index, count) -> {
            rig.gpio().setInput(12, false);
            return true;
        };
        assertThat(rig.client().enables).hasSize(1);
        rig.set(12, true);
        assertThat(first.count(0)).isEqualTo(1);
        assertThat(second.count(0)).isEqualTo(1);
        rig.pnp().stop(NamePath.of("\\_SB.SHA0"));
        assertThat(rig.gpio().isEnabled(12)).isTrue();
        assertThat(rig.client().disables).isEmpty();
        rig.pnp().stop(NamePath.of("\\_SB.SHB0"));
        assertThat(rig.gpio().isEnabled(12)).isFalse();
        assertThat(rig.client().disables).containsExactly("0/12");
    }

    @Test
    void aPinUsedByTwoExclusiveConsumersFailsTheSecondWithASharingViolation() {
        var rig = GpioRig.boot(GpioRig.firmware(b -> b
                .device("\\_SB.EXA0", d -> d.hid("EXCA0001").gpioInt(GPIO, 13, InterruptMode.EDGE, Polarity.ACTIVE_HIGH))
                .device("\\_SB.EXB0", d -> d.hid("EXCB0001").gpioInt(GPIO, 13, InterruptMode.EDGE, Polarity.ACTIVE_HIGH))),
                new Probe("EXCA0001"), new Probe("EXCB0001"));
        assertThat(rig.device("\\_SB.EXA0").state()).isEqualTo(DeviceState.STARTED);
        assertThat(rig.device("\\_SB.EXB0").state()).isEqualTo(DeviceState.FAILED);
        assertThat(rig.device("\\_SB.EXB0").failureReason().orElseThrow()).contains("pin 13", "already used by", "\\_SB.EXA0");
    }

    // ---- 7. Wake ----

    private static GpioRig wakeBoard(boolean controllerCanWake, Probe probe) {
        return GpioRig.boot(GpioRig.firmware(controllerCanWake, c -> { }, b -> b.device("\\_SB.WAK0", d -> d.hid("WAKE0001")
                        .gpioInt(GPIO, 14, InterruptMode.EDGE, Polarity.ACTIVE_LOW, Sharing.EXCLUSIVE, true, PullConfiguration.UP, 0)
                        .gpioInt(GPIO, 15, InterruptMode.EDGE, Polarity.ACTIVE_HIGH))),
                a -> a, g -> g.setInput(14, true), probe);
    }

    @Test
    void idleTimeoutPowersDownAWakeEdgeBringsTheDeviceBackAndItsIsrRunsAtPassiveAfterD0Entry() {
        var probe = new Probe("WAKE0001");
        probe.wakeFirst = true;
        probe.idleTimeout = Duration.ofMillis(10);
        var rig = wakeBoard(true, probe);
        var node = rig.device("\\_SB.WAK0");
        assertThat(node.state()).isEqualTo(DeviceState.STARTED);
        rig.advanceMillis(5);
        assertThat(node.state()).isEqualTo(DeviceState.STARTED);
        rig.advanceMillis(6);
        assertThat(node.state()).isEqualTo(DeviceState.POWERED_DOWN);
        assertThat(node.powerState()).isEqualTo(DevicePowerState.D3);
        assertThat(rig.gpio().isEnabled(14)).as("the wake pin stays armed in D3").isTrue();
        assertThat(rig.gpio().isEnabled(15)).as("the other interrupt is disconnected").isFalse();
        probe.events.clear();
        rig.set(14, false);
        assertThat(node.state()).isEqualTo(DeviceState.STARTED);
        assertThat(probe.events).containsExactly("d0entry from D3", "isr 0 PASSIVE_LEVEL");
        assertThat(rig.gpio().isEnabled(15)).isTrue();
        rig.advanceMillis(11);
        assertThat(node.state()).as("idle again").isEqualTo(DeviceState.POWERED_DOWN);
    }

    @Test
    void interruptsKeepTheDeviceAwake() {
        var probe = new Probe("WAKE0001");
        probe.wakeFirst = true;
        probe.idleTimeout = Duration.ofMillis(10);
        var rig = wakeBoard(true, probe);
        for (int i = 0; i < 4; i++) {
            rig.advanceMillis(6);
            rig.set(15, true);
            rig.set(15, false);
        }
        assertThat(rig.device("\\_SB.WAK0").state()).isEqualTo(DeviceState.STARTED);
        rig.advanceMillis(11);
        assertThat(rig.device("\\_SB.WAK0").state()).isEqualTo(DeviceState.POWERED_DOWN);
    }

    @Test
    void idleThatCannotWakeDisarmsTheWakeInterrupt() {
        var probe = new Probe("WAKE0001");
        probe.wakeFirst = true;
        probe.idleTimeout = Duration.ofMillis(10);
        probe.idleCanWake = false;
        var rig = wakeBoard(true, probe);
        rig.advanceMillis(11);
        assertThat(rig.device("\\_SB.WAK0").state()).isEqualTo(DeviceState.POWERED_DOWN);
        assertThat(rig.gpio().isEnabled(14)).isFalse();
        rig.set(14, false);
        assertThat(rig.device("\\_SB.WAK0").state()).isEqualTo(DeviceState.POWERED_DOWN);
        assertThat(probe.count(0)).isZero();
    }

    @Test
    void nonWakeInterruptsAreReportedInactiveInDxWhenTheConfigSaysSo() {
        var probe = new Probe("WAKE0001");
        probe.wakeFirst = true;
        probe.reportInactive = TriState.TRUE;
        var rig = wakeBoard(true, probe);
        rig.pnp().powerDown(NamePath.of("\\_SB.WAK0"), DevicePowerState.D2);
        var second = probe.device.interrupts().get(1);
        assertThat(second.isConnected()).isFalse();
        assertThat(rig.gpio().isEnabled(15)).isFalse();
        rig.set(15, true);
        assertThat(probe.count(1)).isZero();
        rig.pnp().powerUp(NamePath.of("\\_SB.WAK0"));
        assertThat(second.isConnected()).isTrue();
        assertThat(rig.gpio().isEnabled(15)).isTrue();
    }

    @Test
    void aWakeInterruptOnAControllerThatCannotWakeFailsTheConsumerWithAReason() {
        var probe = new Probe("WAKE0001");
        probe.wakeFirst = true;
        var rig = wakeBoard(false, probe);
        var node = rig.device("\\_SB.WAK0");
        assertThat(node.state()).isEqualTo(DeviceState.FAILED);
        assertThat(node.failureReason().orElseThrow()).contains("\\_SB.GPO0 cannot wake", "ExclusiveAndWake");
        assertThat(rig.device(GPIO).state()).isEqualTo(DeviceState.STARTED);
    }

    // ---- 8. GpioIo ----

    @Test
    void gpioIoConnectionsReadAndWritePinsAndRefuseTheOtherDirection() {
        var probe = new Probe("GPIO0001");
        var rig = GpioRig.boot(GpioRig.firmware(b -> b.device("\\_SB.IO00", d -> d.hid("GPIO0001")
                .gpioIo(GPIO, IoRestriction.NONE, 30, 31).gpioIo(GPIO, IoRestriction.NONE, 29).gpioIo(GPIO, IoRestriction.INPUT_ONLY, 28))), probe);
        GpioIoTarget out = probe.device.openGpioIo(probe.gpioIo.get(0), GpioIoAccess.WRITE);
        GpioIoTarget in = probe.device.openGpioIo(probe.gpioIo.get(1), GpioIoAccess.READ);
        out.write(0b01);
        assertThat(rig.gpio().output(30)).isTrue();
        assertThat(rig.gpio().output(31)).isFalse();
        rig.gpio().setInput(29, true);
        assertThat(in.read()).isEqualTo(1);
        rig.gpio().setInput(29, false);
        assertThat(in.read()).isZero();
        assertThatThrownBy(() -> in.write(1)).isInstanceOfSatisfying(NtStatusException.class,
                e -> assertThat(e.status()).isEqualTo(NtStatus.GPIO_OPERATION_DENIED));
        assertThatThrownBy(out::read).isInstanceOfSatisfying(NtStatusException.class,
                e -> assertThat(e.status()).isEqualTo(NtStatus.GPIO_OPERATION_DENIED));
        assertThatThrownBy(() -> probe.device.openGpioIo(probe.gpioIo.get(0), GpioIoAccess.READ)).isInstanceOfSatisfying(NtStatusException.class,
                e -> assertThat(e.status()).isEqualTo(NtStatus.SHARING_VIOLATION));
        assertThatThrownBy(() -> probe.device.openGpioIo(probe.gpioIo.get(2), GpioIoAccess.WRITE)).isInstanceOfSatisfying(NtStatusException.class,
                e -> assertThat(e.status()).isEqualTo(NtStatus.GPIO_OPERATION_DENIED));
        out.close();
        probe.device.openGpioIo(probe.gpioIo.get(0), GpioIoAccess.READ_WRITE).close();
        assertThatThrownBy(() -> probe.device.openGpioIo(12345, GpioIoAccess.READ)).isInstanceOfSatisfying(NtStatusException.class,
                e -> assertThat(e.status()).isEqualTo(NtStatus.NOT_FOUND));
    }
}
