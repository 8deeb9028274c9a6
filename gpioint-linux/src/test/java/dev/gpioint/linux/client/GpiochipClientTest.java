package dev.gpioint.linux.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gpioint.firmware.BoardBuilder;
import dev.gpioint.firmware.Firmware;
import dev.gpioint.firmware.InterruptMode;
import dev.gpioint.firmware.Polarity;
import dev.gpioint.firmware.PullConfiguration;
import dev.gpioint.firmware.Sharing;
import dev.gpioint.kernel.Irql;
import dev.gpioint.kernel.Machine;
import dev.gpioint.kernel.MachineEvent;
import dev.gpioint.linux.probe.IsrProbeDriver;
import dev.gpioint.linux.uapi.Bias;
import dev.gpioint.linux.uapi.Edge;
import dev.gpioint.pnp.DeviceState;
import dev.gpioint.pnp.DriverCatalog;
import dev.gpioint.pnp.PnpManager;
import dev.gpioint.resource.ResourceList;
import dev.gpioint.wdf.KmdfDeviceCallbacks;
import dev.gpioint.wdf.KmdfDriver;
import dev.gpioint.wdf.WdfDevice;
import dev.gpioint.wdf.WdfInterruptConfig;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The gpiochip controller client on a fake chip, under the real class extension and PnP manager. */
class GpiochipClientTest {
    static final String GPIO = "\\_SB.GPLX";

    static Firmware board(Consumer<BoardBuilder.DeviceBuilder> peripheral) {
        return BoardBuilder.named("linux-test")
                .device(GPIO, d -> d.hid(LinuxGpioDriver.HARDWARE_ID).interrupt(60, InterruptMode.LEVEL, Polarity.ACTIVE_HIGH)
                        .property(ChipBindings.PROPERTY, "fake-label"))
                .device("\\_SB.PRB0", d -> peripheral.accept(d.hid(IsrProbeDriver.HARDWARE_ID)))
                .build();
    }

    record Rig(Machine machine, FakeChip chip, PnpManager pnp, IsrProbeDriver probe, LinuxGpioDriver driver) {
        void idle() {
            machine.runUntilIdle();
        }
    }

    static Rig rig(Firmware firmware, FakeChip chip, KmdfDriver... more) {
        var machine = Machine.deterministic(2);
        var probe = new IsrProbeDriver();
        var driver = new LinuxGpioDriver(machine, ChipBindings.fromFirmware(firmware), spec -> {
            if (!spec.equals(chip.info.label())) {
                throw new dev.gpioint.linux.uapi.LinuxGpioException(spec, java.util.OptionalInt.empty(), "no GPIO chip has this label");
            }
            return chip;
        }, List.of());
        var drivers = new java.util.ArrayList<dev.gpioint.driver.Driver>(List.of(driver, probe));
        drivers.addAll(List.of(more));
        var pnp = new PnpManager(machine, firmware, DriverCatalog.of(drivers));
        pnp.startAll();
        machine.runUntilIdle();
        return new Rig(machine, chip, pnp, probe, driver);
    }

    @Test
    void gpioIntPinsBecomeLineRequestsWithTheFirmwaresEdgeBiasAndDebounce() {
        var chip = new FakeChip("fake-label", 8);
        chip.level[5] = true; // the ActiveLow level pin is idle (high): no storm at connect
        var rig = rig(board(d -> d
                .gpioInt(GPIO, 2, InterruptMode.EDGE, Polarity.ACTIVE_HIGH, Sharing.EXCLUSIVE, false, PullConfiguration.UP, 150)
                .gpioInt(GPIO, 3, InterruptMode.EDGE, Polarity.ACTIVE_LOW)
                .gpioInt(GPIO, 4, InterruptMode.EDGE, Polarity.ACTIVE_BOTH)
                .gpioInt(GPIO, 5, InterruptMode.LEVEL, Polarity.ACTIVE_LOW, Sharing.EXCLUSIVE, false, PullConfiguration.NONE, 0)), chip);
        assertThat(rig.pnp().device("\\_SB.PRB0").state()).isEqualTo(DeviceState.STARTED);
        assertThat(chip.requested.get(2).edge()).isEqualTo(Edge.RISING);
        assertThat(chip.requested.get(2).bias()).isEqualTo(Bias.PULL_UP);
        assertThat(chip.requested.get(2).debounce()).isEqualTo(Duration.ofMillis(1).plusNanos(500_000));
        assertThat(chip.requested.get(3).edge()).isEqualTo(Edge.FALLING);
        assertThat(chip.requested.get(4).edge()).isEqualTo(Edge.BOTH);
        assertThat(chip.requested.get(5).edge()).isEqualTo(Edge.BOTH); // level: emulated from both edges
        assertThat(chip.requested.get(5).bias()).isEqualTo(Bias.DISABLED);
        assertThat(chip.requested.get(5).activeLow()).isFalse(); // polarity stays physical
    }

    @Test
    void edgesReachTheDriversIsrAtTheBankDirqlThroughTheClassExtension() {
        var chip = new FakeChip("fake-label", 8);
        var rig = rig(board(d -> d
                .gpioInt(GPIO, 2, InterruptMode.EDGE, Polarity.ACTIVE_HIGH)
                .gpioInt(GPIO, 3, InterruptMode.EDGE, Polarity.ACTIVE_LOW)
                .gpioInt(GPIO, 4, InterruptMode.EDGE, Polarity.ACTIVE_BOTH)), chip);
        int dirql = rig.pnp().device("\\_SB.PRB0").resources().translated().get(0).asInterrupt().level();
        chip.set(2, true);
        rig.idle();
        chip.set(2, false);
        rig.idle();
        chip.set(3, true);
        rig.idle();
        chip.set(3, false);
        rig.idle();
        chip.set(4, true);
        rig.idle();
        chip.set(4, false);
        rig.idle();
        assertThat(rig.probe().isrCalls(0)).isEqualTo(1);
        assertThat(rig.probe().isrCalls(1)).isEqualTo(1);
        assertThat(rig.probe().isrCalls(2)).isEqualTo(2);
        assertThat(rig.probe().dpcCalls(2)).isEqualTo(2);
        assertThat(rig.probe().lastIsrIrql(0)).isEqualTo(dirql).isGreaterThan(Irql.DISPATCH);
        assertThat(rig.driver().clients().getFirst().edges()).isEqualTo(4);
    }

    @Test
    void twoEdgesBeforeTheIsrRunsAreOneInterruptAsOnALatchingController() {
        var chip = new FakeChip("fake-label", 8);
        var rig = rig(board(d -> d.gpioInt(GPIO, 4, InterruptMode.EDGE, Polarity.ACTIVE_BOTH)), chip);
        chip.set(4, true);
        chip.set(4, false);
        rig.idle();
        assertThat(rig.probe().isrCalls(0)).isEqualTo(1);
    }

    /** A level device: asserts its line until its ISR services it. */
    static final class LevelDevice implements KmdfDriver {
        final FakeChip chip;
        final int line;
        final boolean silence;
        int isrCalls;

        LevelDevice(FakeChip chip, int line, boolean silence) {
            this.chip = chip;
            this.line = line;
            this.silence = silence;
        }

        @Override
        public String name() {
            return "level";
        }

        @Override
        public List<String> hardwareIds() {
            return List.of("LEVL0001");
        }

        @Override
        public KmdfDeviceCallbacks deviceAdd(WdfDevice device) {
            return new KmdfDeviceCallbacks() {
                @Override
                public void prepareHardware(WdfDevice d, ResourceList raw, ResourceList translated) {
                    d.createInterrupt(WdfInterruptConfig.init((intr, id) -> {
                        isrCalls++;
                        if (silence) {
                            chip.setQuietly(line, false); // the device drops its line; the kernel's edge comes later
                        }
                        return true;
                    }, null).interruptRaw(raw.get(0)).interruptTranslated(translated.get(0)));
                }
            };
        }
    }

    static Firmware levelBoard() {
        return BoardBuilder.named("linux-level")
                .device(GPIO, d -> d.hid(LinuxGpioDriver.HARDWARE_ID).interrupt(60, InterruptMode.LEVEL, Polarity.ACTIVE_HIGH)
                        .property(ChipBindings.PROPERTY, "fake-label"))
                .device("\\_SB.LEV0", d -> d.hid("LEVL0001").gpioInt(GPIO, 6, InterruptMode.LEVEL, Polarity.ACTIVE_HIGH))
                .build();
    }

    @Test
    void aLevelAlreadyAssertedAtConnectInterruptsAndAServicedLevelIsReadBackBeforeUnmask() {
        var chip = new FakeChip("fake-label", 8);
        chip.level[6] = true;
        var device = new LevelDevice(chip, 6, true);
        var rig = rig(levelBoard(), chip, device);
        assertThat(device.isrCalls).isEqualTo(1);
        // The falling edge arrives after the ISR silenced the device: nothing more happens.
        chip.sink.edge(6, false, 0, 0);
        rig.idle();
        assertThat(device.isrCalls).isEqualTo(1);
        assertThat(chip.valueReads).isGreaterThanOrEqualTo(2); // at connect and after the ISR
        chip.set(6, true);
        rig.idle();
        assertThat(device.isrCalls).isEqualTo(2);
    }

    @Test
    void aLevelNobodySilencesIsAStormOnThatPinOnly() {
        var chip = new FakeChip("fake-label", 8);
        var device = new LevelDevice(chip, 6, false);
        var rig = rig(levelBoard(), chip, device);
        chip.set(6, true);
        rig.idle();
        assertThat(device.isrCalls).isGreaterThan(1);
        assertThat(rig.machine().log().events(MachineEvent.Kind.STORM)).isNotEmpty();
        assertThat(rig.pnp().device(GPIO).state()).isEqualTo(DeviceState.STARTED);
    }

    @Test
    void aBusyLineFailsItsDeviceNamingChipAndLineAndTheRestRunsOn() {
        var chip = new FakeChip("fake-label", 8);
        chip.external.put(3, "someone");
        var rig = rig(BoardBuilder.named("busy")
                .device(GPIO, d -> d.hid(LinuxGpioDriver.HARDWARE_ID).interrupt(60, InterruptMode.LEVEL, Polarity.ACTIVE_HIGH)
                        .property(ChipBindings.PROPERTY, "fake-label"))
                .device("\\_SB.PRB0", d -> d.hid(IsrProbeDriver.HARDWARE_ID).gpioInt(GPIO, 3, InterruptMode.EDGE, Polarity.ACTIVE_HIGH))
                .device("\\_SB.LEV0", d -> d.hid("LEVL0001").gpioInt(GPIO, 6, InterruptMode.LEVEL, Polarity.ACTIVE_HIGH))
                .build(), chip, new LevelDevice(chip, 6, true));
        var failed = rig.pnp().device("\\_SB.PRB0");
        assertThat(failed.state()).isEqualTo(DeviceState.FAILED);
        assertThat(failed.failureReason().orElseThrow()).contains("/dev/fake (fake-label) line 3").contains("EBUSY");
        assertThat(rig.pnp().device("\\_SB.LEV0").state()).isEqualTo(DeviceState.STARTED);
    }

    @Test
    void aControllerWithoutAChipFailsWithAHintAndAMissingChipIsNamed() {
        var unbound = rig(BoardBuilder.named("unbound")
                .device(GPIO, d -> d.hid(LinuxGpioDriver.HARDWARE_ID).interrupt(60, InterruptMode.LEVEL, Polarity.ACTIVE_HIGH)).build(),
                new FakeChip("fake-label", 8));
        assertThat(unbound.pnp().device(GPIO).failureReason().orElseThrow()).contains("no gpiochip is bound").contains(ChipBindings.PROPERTY);
        var missing = rig(BoardBuilder.named("missing")
                .device(GPIO, d -> d.hid(LinuxGpioDriver.HARDWARE_ID).interrupt(60, InterruptMode.LEVEL, Polarity.ACTIVE_HIGH)
                        .property(ChipBindings.PROPERTY, "nope")).build(), new FakeChip("fake-label", 8));
        assertThat(missing.pnp().device(GPIO).failureReason().orElseThrow()).contains("nope").contains("no GPIO chip has this label");
    }

    @Test
    void aVanishedChipIsLoggedAndItsPinsFallSilent() {
        var chip = new FakeChip("fake-label", 8);
        var rig = rig(board(d -> d.gpioInt(GPIO, 2, InterruptMode.EDGE, Polarity.ACTIVE_HIGH)), chip);
        chip.sink.chipGone("/dev/fake (fake-label): the chip was removed; requested lines: 2");
        chip.sink.edge(2, true, 0, 0);
        rig.idle();
        assertThat(rig.probe().isrCalls(0)).isZero();
        assertThat(rig.machine().log().events(MachineEvent.Kind.FAILURE)).anySatisfy(e -> assertThat(e.toString()).contains("fake-label"));
        assertThat(rig.driver().clients().getFirst().chipGone()).isTrue();
        assertThat(rig.pnp().device(GPIO).state()).isEqualTo(dev.gpioint.pnp.DeviceState.FAILED);
        assertThat(rig.pnp().device(GPIO).failureReason().orElseThrow()).contains("the GPIO chip went away", "fake-label", "lines: 2");
        // Its consumer lets go of the pin cleanly when it leaves D0.
        rig.pnp().powerDown(dev.gpioint.firmware.NamePath.of("\\_SB.PRB0"), dev.gpioint.driver.DevicePowerState.D3);
        rig.idle();
        assertThat(rig.pnp().device("\\_SB.PRB0").state()).isEqualTo(dev.gpioint.pnp.DeviceState.POWERED_DOWN);
        assertThat(rig.machine().log().events(MachineEvent.Kind.FAILURE)).allSatisfy(e -> assertThat(e.source()).isEqualTo(GPIO));
    }

    @Test
    void lostEventsAreCountedAndLogged() {
        var chip = new FakeChip("fake-label", 8);
        var rig = rig(board(d -> d.gpioInt(GPIO, 2, InterruptMode.EDGE, Polarity.ACTIVE_BOTH)), chip);
        chip.sink.edge(2, true, 0, 3);
        rig.idle();
        assertThat(rig.driver().clients().getFirst().lostEvents()).isEqualTo(3);
        assertThat(rig.machine().log().events(MachineEvent.Kind.FAILURE))
                .anySatisfy(e -> assertThat(e.toString()).contains("line 2").contains("dropped 3"));
        assertThat(rig.probe().isrCalls(0)).isEqualTo(1);
    }
}
