package dev.gpioint.pnp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.gpioint.driver.DevicePowerState;
import dev.gpioint.firmware.BoardBuilder;
import dev.gpioint.firmware.InterruptMode;
import dev.gpioint.firmware.Polarity;
import dev.gpioint.kernel.ExecutionContext;
import dev.gpioint.kernel.Irql;
import dev.gpioint.kernel.Machine;
import dev.gpioint.kernel.VerifierException;
import dev.gpioint.resource.ResourceList;
import dev.gpioint.wudf.UmdfDeviceCallbacks;
import dev.gpioint.wudf.UmdfDriver;
import dev.gpioint.wudf.WudfDevice;
import dev.gpioint.wudf.WudfInterrupt;
import dev.gpioint.wudf.WudfInterruptConfig;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** UMDF-style interrupts: the ISR always at PASSIVE; a level line stays masked until the ISR answers. */
class UmdfInterruptTest {
    private final Machine machine = Machine.deterministic(2);
    private final List<String> trace = Collections.synchronizedList(new ArrayList<>());

    private final class Driver implements UmdfDriver {
        WudfInterrupt interrupt;

        @Override
        public String name() {
            return "umdf";
        }

        @Override
        public List<String> hardwareIds() {
            return List.of("UMDF0001");
        }

        @Override
        public UmdfDeviceCallbacks onDeviceAdd(WudfDevice device) {
            trace.add("add");
            return new UmdfDeviceCallbacks() {
                @Override
                public void onPrepareHardware(WudfDevice d, ResourceList raw, ResourceList translated) {
                    trace.add("prepare");
                    interrupt = d.createInterrupt(WudfInterruptConfig.init((i, id) -> {
                        var line = machine.interrupts().line(50);
                        trace.add("isr " + Irql.name(Irql.current()) + "@" + ExecutionContext.currentProcessor()
                                + " masked=" + line.isMasked());
                        line.assertLine(false); // silence the device before answering
                        i.queueWorkItemForIsr();
                        return true;
                    }, i -> trace.add("work " + Irql.name(Irql.current())))
                            .onInterruptEnable((i, dev) -> trace.add("enable " + Irql.name(Irql.current())))
                            .onInterruptDisable((i, dev) -> trace.add("disable"))
                            .interruptRaw(raw.get(0)).interruptTranslated(translated.get(0)));
                }

                @Override
                public void onD0Entry(WudfDevice d, DevicePowerState previous) {
                    trace.add("d0Entry");
                }

                @Override
                public void onD0EntryPostInterruptsEnabled(WudfDevice d, DevicePowerState previous) {
                    trace.add("d0EntryPost");
                }

                @Override
                public void onD0ExitPreInterruptsDisabled(WudfDevice d, DevicePowerState target) {
                    trace.add("d0ExitPre");
                }

                @Override
                public void onD0Exit(WudfDevice d, DevicePowerState target) {
                    trace.add("d0Exit");
                }

                @Override
                public void onReleaseHardware(WudfDevice d, ResourceList translated) {
                    trace.add("release");
                }
            };
        }
    }

    private PnpManager boot(Driver driver, InterruptMode mode) {
        var pnp = new PnpManager(machine, BoardBuilder.named("umdf")
                .device("\\_SB.U", d -> d.hid("UMDF0001").interrupt(50, mode, Polarity.ACTIVE_HIGH)).build(), DriverCatalog.of(driver));
        pnp.startAll();
        machine.runUntilIdle();
        return pnp;
    }

    @Test
    void aLevelIsrRunsAtPassiveWithTheLineMaskedUntilItAnswers() {
        var driver = new Driver();
        var pnp = boot(driver, InterruptMode.LEVEL);
        assertThat(pnp.device("\\_SB.U").state()).isEqualTo(DeviceState.STARTED);
        assertThat(trace).containsExactly("add", "prepare", "d0Entry", "enable PASSIVE_LEVEL", "d0EntryPost");
        trace.clear();
        var line = machine.interrupts().line(50);
        line.assertLine(true);
        machine.runUntilIdle();
        assertThat(trace).containsExactly("isr PASSIVE_LEVEL@-1 masked=true", "work PASSIVE_LEVEL");
        assertThat(line.isMasked()).isFalse();
        assertThat(line.requestCount()).isEqualTo(1); // silenced: no second request, no storm
        assertThat(driver.interrupt.getInfo().irql()).isEqualTo(Irql.PASSIVE);
    }

    @Test
    void aLevelIsrThatDoesNotSilenceItsDeviceIsAStormThatFailsTheDevice() {
        var pnp = new PnpManager(machine, BoardBuilder.named("umdf")
                .device("\\_SB.U", d -> d.hid("UMDF0001").interrupt(50, InterruptMode.LEVEL, Polarity.ACTIVE_HIGH)).build(),
                DriverCatalog.of(new UmdfDriver() {
                    @Override
                    public String name() {
                        return "deaf";
                    }

                    @Override
                    public List<String> hardwareIds() {
                        return List.of("UMDF0001");
                    }

                    @Override
                    public UmdfDeviceCallbacks onDeviceAdd(WudfDevice device) {
                        device.createInterrupt(WudfInterruptConfig.init((i, id) -> true, null));
                        return new UmdfDeviceCallbacks() {
                        };
                    }
                }));
        pnp.startAll();
        machine.interrupts().line(50).assertLine(true);
        machine.runUntilIdle();
        assertThat(machine.interrupts().line(50).stormDetected()).isTrue();
        assertThat(pnp.device("\\_SB.U").state()).isEqualTo(DeviceState.FAILED);
        assertThat(pnp.device("\\_SB.U").failureReason().orElseThrow()).contains("storm");
    }

    @Test
    void stopDisablesThenExits() {
        var driver = new Driver();
        var pnp = boot(driver, InterruptMode.EDGE);
        trace.clear();
        pnp.stop(dev.gpioint.firmware.NamePath.of("\\_SB.U"));
        assertThat(trace).containsExactly("d0ExitPre", "disable", "d0Exit", "release");
    }

    @Test
    void aRedundantEnableIsAVerifierBreakInUmdf() {
        var driver = new Driver();
        boot(driver, InterruptMode.EDGE);
        assertThat(catchThrowable(driver.interrupt::enable)).isInstanceOf(VerifierException.class);
    }
}
