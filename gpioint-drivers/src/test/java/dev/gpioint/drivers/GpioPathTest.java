package dev.gpioint.drivers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gpioint.drivers.SensorBoard.Wiring;
import dev.gpioint.drivers.sensor.SensorDriver;
import dev.gpioint.drivers.simgpio.SimGpioDriver;
import dev.gpioint.firmware.BoardBuilder;
import dev.gpioint.firmware.Firmware;
import dev.gpioint.firmware.InterruptMode;
import dev.gpioint.firmware.IoRestriction;
import dev.gpioint.firmware.Polarity;
import dev.gpioint.firmware.PullConfiguration;
import dev.gpioint.firmware.Sharing;
import dev.gpioint.gpio.GpioController;
import dev.gpioint.kernel.ExecutionContext;
import dev.gpioint.kernel.Irql;
import dev.gpioint.kernel.Machine;
import dev.gpioint.kernel.MachineEvent;
import dev.gpioint.kernel.RegisterWindow;
import dev.gpioint.pnp.DeviceState;
import dev.gpioint.pnp.DriverCatalog;
import dev.gpioint.pnp.PnpManager;
import dev.gpioint.pnp.ResourceHub;
import dev.gpioint.resource.ConnectionType;
import dev.gpioint.resource.InterruptFlags;
import dev.gpioint.resource.ResourceDescriptor;
import dev.gpioint.resource.ResourceList;
import dev.gpioint.resource.ResourceType;
import dev.gpioint.sim.SimGpioController;
import dev.gpioint.wdf.KmdfDeviceCallbacks;
import dev.gpioint.wdf.KmdfDriver;
import dev.gpioint.wdf.WdfDevice;
import dev.gpioint.wdf.WdfInterruptConfig;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** GPIO interrupts end to end: translation, the class extension's bank ISR, masking and clearing, IRQLs. */
class GpioPathTest {
    static final long GPIO_BASE = SensorBoard.GPIO_BASE;

    /** A peripheral driver that creates one interrupt per interrupt descriptor and lets the test probe inside. */
    static final class ProbeDriver implements KmdfDriver {
        final List<String> seen = Collections.synchronizedList(new ArrayList<>());
        final Function<Integer, String> probe;
        final boolean passive;
        final boolean silence;
        final Runnable[] silencers;

        ProbeDriver(boolean passive, Function<Integer, String> probe, Runnable... silencers) {
            this.passive = passive;
            this.probe = probe;
            this.silence = silencers.length > 0;
            this.silencers = silencers;
        }

        @Override
        public String name() {
            return "probe";
        }

        @Override
        public List<String> hardwareIds() {
            return List.of("PROB0001");
        }

        @Override
        public KmdfDeviceCallbacks deviceAdd(WdfDevice device) {
            return new KmdfDeviceCallbacks() {
                @Override
                public void prepareHardware(WdfDevice d, ResourceList raw, ResourceList translated) {
                    int n = 0;
                    for (int i = 0; i < translated.size(); i++) {
                        if (!translated.get(i).isInterrupt()) {
                            continue;
                        }
                        int index = n++;
                        d.createInterrupt(WdfInterruptConfig.init((intr, id) -> {
                            seen.add(index + " " + Irql.name(Irql.current()) + "@" + ExecutionContext.currentProcessor() + " " + probe.apply(index));
                            if (silence) {
                                silencers[index].run();
                            }
                            if (passive) {
                                intr.queueWorkItemForIsr();
                            } else {
                                intr.queueDpcForIsr();
                            }
                            return true;
                        }, intr -> seen.add(index + " dpc " + Irql.name(Irql.current()) + "@" + ExecutionContext.currentProcessor()))
                                .passiveHandling(passive).dpc(passive ? null : intr -> seen.add(index + " dpc "
                                        + Irql.name(Irql.current()) + "@" + ExecutionContext.currentProcessor()))
                                .workItem(passive ? intr -> seen.add(index + " dpc PASSIVE") : null)
                                .interruptRaw(raw.get(i)).interruptTranslated(translated.get(i)));
                    }
                }
            };
        }
    }

    static Firmware probeBoard(boolean probeFirst, java.util.function.Consumer<BoardBuilder.DeviceBuilder> probe) {
        var b = BoardBuilder.named("probe");
        Runnable gpio = () -> b.device("\\_SB.GPO0", d -> d.hid(SimGpioDriver.HARDWARE_ID).memory32Fixed(GPIO_BASE, 0x100)
                .interrupt(40, InterruptMode.LEVEL, Polarity.ACTIVE_HIGH).interrupt(41, InterruptMode.LEVEL, Polarity.ACTIVE_HIGH)
                .interrupt(42, InterruptMode.LEVEL, Polarity.ACTIVE_HIGH).interrupt(43, InterruptMode.LEVEL, Polarity.ACTIVE_HIGH));
        Runnable peripheral = () -> b.device("\\_SB.PRB0", d -> probe.accept(d.hid("PROB0001")));
        if (probeFirst) {
            peripheral.run();
            gpio.run();
        } else {
            gpio.run();
            peripheral.run();
        }
        return b.build();
    }

    record Rig(Machine machine, SimGpioController gpio, PnpManager pnp, RegisterWindow regs) {
        int status(int pin) {
            return (regs.read32((pin / 32) * 0x40L + 0x14) >>> (pin % 32)) & 1;
        }

        void idle() {
            machine.runUntilIdle();
        }
    }

    static Rig rig(Firmware firmware, dev.gpioint.driver.Driver... drivers) {
        var machine = Machine.deterministic(2);
        var gpio = new SimGpioController(machine, "simgpio", GPIO_BASE, SensorBoard.BANK_GSIVS);
        var pnp = new PnpManager(machine, firmware, DriverCatalog.of(drivers));
        pnp.startAll();
        machine.runUntilIdle();
        return new Rig(machine, gpio, pnp, machine.memory().map(GPIO_BASE, 0x100));
    }

    // ---- translation ----

    @Test
    void gpioIntBecomesASecondaryInterruptWithRawGsivAndTranslatedControllerDirql() {
        var probe = new ProbeDriver(false, i -> "");
        Rig rig = rig(probeBoard(false, d -> d
                .gpioInt("\\_SB.GPO0", 5, InterruptMode.LEVEL, Polarity.ACTIVE_HIGH)
                .gpioInt("\\_SB.GPO0", 38, InterruptMode.EDGE, Polarity.ACTIVE_LOW, Sharing.EXCLUSIVE, true, PullConfiguration.UP, 0)
                .gpioIo("\\_SB.GPO0", IoRestriction.OUTPUT_ONLY, 10, 11)), new SimGpioDriver(), probe);
        var node = rig.pnp().device("\\_SB.PRB0");
        assertThat(node.state()).isEqualTo(DeviceState.STARTED);
        GpioController controller = (GpioController) rig.pnp().device("\\_SB.GPO0").driverObject().orElseThrow();
        ResourceList raw = node.resources().raw();
        ResourceList translated = node.resources().translated();
        int bankDirql = rig.pnp().device("\\_SB.GPO0").resources().translated().get(1).asInterrupt().level();

        ResourceDescriptor level = translated.get(0);
        assertThat(level.type()).isEqualTo(ResourceType.INTERRUPT);
        assertThat(level.flags()).isEqualTo(InterruptFlags.SECONDARY_INTERRUPT);
        assertThat(raw.get(0).flags()).isEqualTo(InterruptFlags.SECONDARY_INTERRUPT);
        assertThat(raw.get(0).asInterrupt().vector()).isEqualTo((int) controller.gsivBase() + 5);
        assertThat(level.asInterrupt().vector()).isEqualTo((int) controller.gsivBase() + 5);
        assertThat(level.asInterrupt().level()).isEqualTo(bankDirql);

        ResourceDescriptor edgeWake = translated.get(1);
        assertThat(edgeWake.flags()).isEqualTo(InterruptFlags.SECONDARY_INTERRUPT | InterruptFlags.LATCHED | InterruptFlags.WAKE_HINT);
        assertThat(raw.get(1).flags()).isEqualTo(edgeWake.flags());
        assertThat(raw.get(1).asInterrupt().vector()).isEqualTo((int) controller.gsivBase() + 38);

        ResourceDescriptor io = translated.get(2);
        assertThat(io.type()).isEqualTo(ResourceType.CONNECTION);
        assertThat(io.asConnection().type()).isEqualTo(ConnectionType.GPIO_IO);
        assertThat(raw.get(2).asConnection().id()).isEqualTo(io.asConnection().id());

        // The resource hub maps IDs and GSIVs back.
        ResourceHub hub = rig.pnp().resourceHub();
        var connection = hub.connection(io.asConnection().id()).orElseThrow();
        assertThat(connection.consumer().toString()).isEqualTo("\\_SB.PRB0");
        assertThat(connection.descriptor()).isSameAs(node.resources().sources().get(2));
        assertThat(ResourceHub.pathFromId(io.asConnection().id())).matches("\\\\Device\\\\RESOURCE_HUB\\\\[0-9a-f]{16}");
        var gpioInterrupt = hub.gpioInterrupt(controller.gsivBase() + 38).orElseThrow();
        assertThat(gpioInterrupt.pin()).isEqualTo(38);
        assertThat(gpioInterrupt.controller().toString()).isEqualTo("\\_SB.GPO0");
        assertThat(gpioInterrupt.descriptor().pull()).isEqualTo(PullConfiguration.UP);
    }

    // ---- the bank ISR ----

    @Test
    void anEdgePinIsClearedBeforeItsIsrRunsAtTheBankDirqlAndItsDpcOnTheSameProcessor() {
        Rig[] holder = new Rig[1];
        var probe = new ProbeDriver(false, i -> "status=" + holder[0].status(6) + " masked=" + holder[0].gpio().isMasked(6));
        holder[0] = rig(probeBoard(false, d -> d.gpioInt("\\_SB.GPO0", 6, InterruptMode.EDGE, Polarity.ACTIVE_LOW)), new SimGpioDriver(), probe);
        Rig rig = holder[0];
        int dirql = rig.pnp().device("\\_SB.PRB0").resources().translated().get(0).asInterrupt().level();
        rig.gpio().setInput(6, true);
        rig.idle();
        assertThat(probe.seen).isEmpty(); // rising edge on a falling-edge pin
        rig.gpio().setInput(6, false);
        rig.idle();
        String cpu = probe.seen.get(0).substring(probe.seen.get(0).indexOf('@') + 1, probe.seen.get(0).indexOf(' ', probe.seen.get(0).indexOf('@')));
        assertThat(probe.seen).containsExactly("0 " + Irql.name(dirql) + "@" + cpu + " status=0 masked=false",
                "0 dpc DISPATCH_LEVEL@" + cpu);
    }

    @Test
    void aLevelPinIsMaskedWhileItsIsrRunsThenUnmasked() {
        Rig[] holder = new Rig[1];
        var probe = new ProbeDriver(false, i -> "masked=" + holder[0].gpio().isMasked(5),
                () -> holder[0].gpio().setInput(5, false));
        holder[0] = rig(probeBoard(false, d -> d.gpioInt("\\_SB.GPO0", 5, InterruptMode.LEVEL, Polarity.ACTIVE_HIGH)), new SimGpioDriver(), probe);
        Rig rig = holder[0];
        rig.gpio().setInput(5, true);
        rig.idle();
        assertThat(probe.seen).hasSize(2);
        assertThat(probe.seen.get(0)).endsWith("masked=true");
        assertThat(rig.gpio().isMasked(5)).isFalse();
        assertThat(rig.gpio().isEnabled(5)).isTrue();
    }

    @Test
    void aPassiveIsrOnALevelPinRunsAtPassiveAndThePinStaysMaskedUntilItReturns() {
        Rig[] holder = new Rig[1];
        var probe = new ProbeDriver(true, i -> "masked=" + holder[0].gpio().isMasked(5),
                () -> holder[0].gpio().setInput(5, false));
        holder[0] = rig(probeBoard(false, d -> d.gpioInt("\\_SB.GPO0", 5, InterruptMode.LEVEL, Polarity.ACTIVE_HIGH)), new SimGpioDriver(), probe);
        Rig rig = holder[0];
        rig.gpio().setInput(5, true);
        // Run until the bank ISR is done and the passive ISR is queued, but not run.
        rig.machine().runUntil(() -> rig.gpio().isMasked(5), "the pin to be masked");
        assertThat(probe.seen).isEmpty();
        rig.idle();
        assertThat(probe.seen).containsExactly("0 PASSIVE_LEVEL@-1 masked=true", "0 dpc PASSIVE");
        assertThat(rig.gpio().isMasked(5)).isFalse();
    }

    @Test
    void aPassiveIsrOnAnEdgePinFindsItCleared() {
        Rig[] holder = new Rig[1];
        var probe = new ProbeDriver(true, i -> "status=" + holder[0].status(70) + " masked=" + holder[0].gpio().isMasked(70));
        holder[0] = rig(probeBoard(false, d -> d.gpioInt("\\_SB.GPO0", 70, InterruptMode.EDGE, Polarity.ACTIVE_HIGH)), new SimGpioDriver(), probe);
        holder[0].gpio().setInput(70, true);
        holder[0].idle();
        assertThat(probe.seen).containsExactly("0 PASSIVE_LEVEL@-1 status=0 masked=false", "0 dpc PASSIVE");
    }

    @Test
    void pinsOnDifferentBanksArriveOnTheirBankLines() {
        var probe = new ProbeDriver(false, i -> "");
        Rig rig = rig(probeBoard(false, d -> d
                .gpioInt("\\_SB.GPO0", 3, InterruptMode.EDGE, Polarity.ACTIVE_HIGH)
                .gpioInt("\\_SB.GPO0", 100, InterruptMode.EDGE, Polarity.ACTIVE_HIGH)), new SimGpioDriver(), probe);
        rig.gpio().setInput(100, true);
        rig.idle();
        rig.gpio().setInput(3, true);
        rig.idle();
        assertThat(probe.seen).extracting(s -> s.substring(0, 1)).containsExactly("1", "1", "0", "0");
        assertThat(rig.machine().interrupts().line(43).requestCount()).isEqualTo(1);
        assertThat(rig.machine().interrupts().line(40).requestCount()).isEqualTo(1);
    }

    // ---- order and bad input ----

    @Test
    void theControllerStartsBeforeAConsumerListedBeforeIt() {
        var probe = new ProbeDriver(false, i -> "");
        Rig rig = rig(probeBoard(true, d -> d.gpioInt("\\_SB.GPO0", 5, InterruptMode.EDGE, Polarity.ACTIVE_HIGH)), new SimGpioDriver(), probe);
        assertThat(rig.pnp().device("\\_SB.PRB0").state()).isEqualTo(DeviceState.STARTED);
        var started = rig.machine().log().events(MachineEvent.Kind.LIFECYCLE).stream().map(MachineEvent::source).toList();
        assertThat(started).containsExactly("\\_SB.GPO0", "\\_SB.PRB0");
        rig.gpio().setInput(5, true);
        rig.idle();
        assertThat(probe.seen).hasSize(2);
    }

    private static Firmware withBystander(Firmware firmware) {
        var b = BoardBuilder.named("bad");
        firmware.devices().forEach(b::device);
        b.device("\\_SB.SNS0", d -> d.hid(SensorDriver.HARDWARE_ID).memory32Fixed(SensorBoard.SENSOR_BASE, 0x10)
                .interrupt(60, InterruptMode.LEVEL, Polarity.ACTIVE_HIGH).interrupt(61, InterruptMode.EDGE, Polarity.ACTIVE_LOW));
        return b.build();
    }

    private static Rig badRig(Firmware firmware) {
        var machine = Machine.deterministic(2);
        new SimGpioController(machine, "simgpio", GPIO_BASE, SensorBoard.BANK_GSIVS);
        new dev.gpioint.sim.SimSensor(machine, "sensor", SensorBoard.SENSOR_BASE, machine.interrupts().line(60)::drive,
                machine.interrupts().line(61)::drive);
        var pnp = new PnpManager(machine, withBystander(firmware),
                DriverCatalog.of(new SimGpioDriver(), new SensorDriver(), new ProbeDriver(false, i -> "")));
        pnp.startAll();
        machine.runUntilIdle();
        assertThat(pnp.device("\\_SB.SNS0").state()).isEqualTo(DeviceState.STARTED);
        return new Rig(machine, null, pnp, null);
    }

    @Test
    void aGpioIntNamingAnUnknownControllerFailsThatDeviceOnly() {
        Rig rig = badRig(probeBoard(false, d -> d.gpioInt("\\_SB.GPO9", 5, InterruptMode.EDGE, Polarity.ACTIVE_HIGH)));
        var node = rig.pnp().device("\\_SB.PRB0");
        assertThat(node.state()).isEqualTo(DeviceState.FAILED);
        assertThat(node.failureReason().orElseThrow()).contains("GpioInt #1", "\\_SB.GPO9", "not in the firmware");
        assertThat(rig.pnp().device("\\_SB.GPO0").state()).isEqualTo(DeviceState.STARTED);
    }

    @Test
    void aPinBeyondTheControllerFailsThatDeviceOnly() {
        Rig rig = badRig(probeBoard(false, d -> d.gpioInt("\\_SB.GPO0", 200, InterruptMode.EDGE, Polarity.ACTIVE_HIGH)));
        var node = rig.pnp().device("\\_SB.PRB0");
        assertThat(node.state()).isEqualTo(DeviceState.FAILED);
        assertThat(node.failureReason().orElseThrow()).contains("pin 200", "128 pins");
    }

    @Test
    void aConsumerOfAControllerThatFailedFailsNamingIt() {
        Firmware firmware = BoardBuilder.named("bad")
                .device("\\_SB.GPO0", d -> d.hid(SimGpioDriver.HARDWARE_ID).memory32Fixed(GPIO_BASE, 0x100)
                        .interrupt(40, InterruptMode.LEVEL, Polarity.ACTIVE_HIGH)) // one interrupt for 4 banks: refused
                .device("\\_SB.PRB0", d -> d.hid("PROB0001").gpioInt("\\_SB.GPO0", 5, InterruptMode.EDGE, Polarity.ACTIVE_HIGH))
                .build();
        Rig rig = badRig(firmware);
        assertThat(rig.pnp().device("\\_SB.GPO0").state()).isEqualTo(DeviceState.FAILED);
        assertThat(rig.pnp().device("\\_SB.GPO0").failureReason().orElseThrow()).contains("4 interrupt resources");
        var node = rig.pnp().device("\\_SB.PRB0");
        assertThat(node.state()).isEqualTo(DeviceState.FAILED);
        assertThat(node.failureReason().orElseThrow()).contains("\\_SB.GPO0", "not started", "FAILED");
    }

    @Test
    void anIsrThatThrowsOnAPinFailsItsDeviceAndTheOtherPinsKeepInterrupting() {
        var machine = Machine.deterministic(2);
        var gpio = new SimGpioController(machine, "simgpio", GPIO_BASE, SensorBoard.BANK_GSIVS);
        var sensor = new dev.gpioint.sim.SimSensor(machine, "sensor", SensorBoard.SENSOR_BASE, gpio.pinInput(SensorBoard.DATA_READY_PIN),
                gpio.pinInput(SensorBoard.ACTIVITY_PIN));
        var broken = new ProbeDriver(false, i -> {
            throw new IllegalStateException("probe exploded");
        });
        Firmware firmware = BoardBuilder.named("b")
                .device(SensorBoard.firmware(Wiring.GPIO_PINS, false).devices().get(0))
                .device(SensorBoard.firmware(Wiring.GPIO_PINS, false).devices().get(1))
                .device("\\_SB.PRB0", d -> d.hid("PROB0001").gpioInt("\\_SB.GPO0", 7, InterruptMode.LEVEL, Polarity.ACTIVE_HIGH))
                .build();
        var pnp = new PnpManager(machine, firmware, DriverCatalog.of(new SimGpioDriver(), new SensorDriver(), broken));
        pnp.startAll();
        machine.runUntilIdle();
        gpio.setInput(7, true); // a level the broken ISR never silences
        machine.runUntilIdle();
        assertThat(pnp.device("\\_SB.PRB0").state()).isEqualTo(DeviceState.FAILED);
        assertThat(pnp.device("\\_SB.PRB0").failureReason().orElseThrow()).contains("probe exploded");
        assertThat(gpio.isEnabled(7)).isFalse(); // disconnected: the pin is disabled
        sensor.produceSample(9);
        machine.runUntilIdle();
        sensor.signalActivity();
        machine.runUntilIdle();
        var device = (dev.gpioint.drivers.sensor.SensorDevice) pnp.device("\\_SB.SNS0").driverObject().orElseThrow();
        assertThat(device.samples()).isEqualTo(1);
        assertThat(device.activities()).isEqualTo(1);
        assertThat(machine.interrupts().line(40).stormDetected()).isFalse();
    }
}
