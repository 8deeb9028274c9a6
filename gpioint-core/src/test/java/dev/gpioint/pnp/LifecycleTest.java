package dev.gpioint.pnp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gpioint.firmware.BoardBuilder;
import dev.gpioint.firmware.Firmware;
import dev.gpioint.firmware.InterruptMode;
import dev.gpioint.firmware.NamePath;
import dev.gpioint.firmware.Polarity;
import dev.gpioint.kernel.Irql;
import dev.gpioint.kernel.Machine;
import dev.gpioint.wdf.WdfInterrupt;
import dev.gpioint.wdf.WdfInterruptConfig;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The order of a device's PnP, power and interrupt callbacks (windows.md §3.4), recorded by a test driver. */
class LifecycleTest {
    private static final String ID = "TEST0001";

    static Firmware twoLines() {
        return BoardBuilder.named("lifecycle")
                .device("\\_SB.DEV0", d -> d.hid(ID)
                        .interrupt(50, InterruptMode.LEVEL, Polarity.ACTIVE_HIGH)
                        .interrupt(51, InterruptMode.EDGE, Polarity.ACTIVE_HIGH))
                .build();
    }

    private static WdfInterruptConfig traced(TraceDriver driver, int n, AtomicInteger isrs) {
        return WdfInterruptConfig.init((i, id) -> {
            isrs.incrementAndGet();
            i.queueDpcForIsr();
            return true;
        }, i -> driver.trace.add("DEV0 dpc " + n))
                .enable((i, d) -> driver.trace.add("DEV0 enable " + n + " at " + Irql.name(Irql.current())))
                .disable((i, d) -> driver.trace.add("DEV0 disable " + n + " connected=" + i.isConnected()));
    }

    @Test
    void startAndStopRunTheCallbacksInWindowsOrder() {
        var driver = new TraceDriver("t", ID);
        var isrs = new AtomicInteger();
        driver.onAdd = d -> d.createInterrupt(traced(driver, 0, isrs));
        driver.onPrepare = (d, raw, tr) -> d.createInterrupt(traced(driver, 1, isrs).interruptRaw(raw.get(1)).interruptTranslated(tr.get(1)));
        var machine = Machine.deterministic(2);
        var pnp = new PnpManager(machine, twoLines(), DriverCatalog.of(driver));
        pnp.startAll();
        machine.runUntilIdle();

        assertThat(pnp.device("\\_SB.DEV0").state()).isEqualTo(DeviceState.STARTED);
        int dirql0 = pnp.device("\\_SB.DEV0").interrupts().get(0).getInfo().irql();
        int dirql1 = pnp.device("\\_SB.DEV0").interrupts().get(1).getInfo().irql();
        assertThat(driver.trace).containsExactly(
                "DEV0 add",
                "DEV0 prepareHardware",
                "DEV0 d0Entry",
                "DEV0 enable 0 at " + Irql.name(dirql0),
                "DEV0 enable 1 at " + Irql.name(dirql1),
                "DEV0 d0EntryPostInterruptsEnabled");

        // An interrupt is serviced, its DPC queued but not yet run when the stop begins: the stop flushes it
        // after disabling that interrupt and before D0 exit.
        driver.trace.clear();
        machine.interrupts().line(50).assertLine(true);
        machine.interrupts().line(50).assertLine(false);
        machine.runUntil(() -> isrs.get() == 1, "the ISR");
        assertThat(driver.trace).isEmpty();

        pnp.stop(NamePath.of("\\_SB.DEV0"));
        assertThat(driver.trace).containsExactly(
                "DEV0 d0ExitPreInterruptsDisabled",
                "DEV0 disable 1 connected=true",
                "DEV0 disable 0 connected=true",
                "DEV0 dpc 0",
                "DEV0 d0Exit",
                "DEV0 releaseHardware");
        assertThat(pnp.device("\\_SB.DEV0").state()).isEqualTo(DeviceState.STOPPED);
        assertThat(machine.interrupts().connectedInterrupts()).isEmpty();
        // WDF deletes the interrupts created in prepare-hardware after release; the AddDevice one remains.
        assertThat(pnp.device("\\_SB.DEV0").interrupts()).hasSize(1);
    }

    @Test
    void interruptsAreConnectedOnlyBetweenD0EntryAndD0Exit() {
        var driver = new TraceDriver("t", ID);
        var holder = new WdfInterrupt[1];
        driver.onAdd = d -> holder[0] = d.createInterrupt(WdfInterruptConfig.init((i, id) -> true, null));
        driver.onD0Entry = d -> driver.trace.add("connected in d0Entry=" + holder[0].isConnected());
        driver.onPrepare = (d, raw, tr) -> driver.trace.add("connected in prepare=" + holder[0].isConnected());
        driver.onReleaseHardware = d -> driver.trace.add("connected in release=" + holder[0].isConnected());
        var machine = Machine.deterministic(1);
        var pnp = new PnpManager(machine, twoLines(), DriverCatalog.of(driver));
        pnp.startAll();
        assertThat(holder[0].isConnected()).isTrue();
        pnp.stop(NamePath.of("\\_SB.DEV0"));
        assertThat(driver.trace).contains("connected in prepare=false", "connected in d0Entry=false", "connected in release=false");
    }

    @Test
    void powerDownAndUpRunTheSameSequence() {
        var driver = new TraceDriver("t", ID);
        var isrs = new AtomicInteger();
        driver.onAdd = d -> d.createInterrupt(traced(driver, 0, isrs));
        var machine = Machine.deterministic(1);
        var pnp = new PnpManager(machine, twoLines(), DriverCatalog.of(driver));
        pnp.startAll();
        driver.trace.clear();
        pnp.powerDown(NamePath.of("\\_SB.DEV0"), dev.gpioint.driver.DevicePowerState.D3);
        assertThat(pnp.device("\\_SB.DEV0").state()).isEqualTo(DeviceState.POWERED_DOWN);
        // Powered down, the line is masked: a request is not delivered.
        machine.interrupts().line(50).assertLine(true);
        machine.runUntilIdle();
        assertThat(isrs.get()).isZero();
        pnp.powerUp(NamePath.of("\\_SB.DEV0"));
        machine.interrupts().line(50).assertLine(false); // the request raised on unmask is pending; the device drops it
        machine.runUntilIdle();
        assertThat(isrs.get()).isEqualTo(1);
        assertThat(driver.trace).startsWith("DEV0 d0ExitPreInterruptsDisabled", "DEV0 disable 0 connected=true", "DEV0 d0Exit",
                "DEV0 d0Entry", "DEV0 enable 0 at " + Irql.name(pnp.device("\\_SB.DEV0").interrupts().get(0).getInfo().irql()),
                "DEV0 d0EntryPostInterruptsEnabled");
    }

    @Test
    void surplusInterruptObjectsKeepNoResourceAndConnectAsNoOps() {
        var driver = new TraceDriver("t", ID);
        driver.onAdd = d -> {
            for (int n = 0; n < 3; n++) {
                d.createInterrupt(WdfInterruptConfig.init((i, id) -> true, null));
            }
        };
        var machine = Machine.deterministic(1);
        var pnp = new PnpManager(machine, twoLines(), DriverCatalog.of(driver));
        pnp.startAll();
        var interrupts = pnp.device("\\_SB.DEV0").interrupts();
        assertThat(interrupts.get(0).getInfo().vector()).isEqualTo(pnp.device("\\_SB.DEV0").resources().translated().get(0).asInterrupt().vector());
        assertThat(interrupts.get(1).getInfo().vector()).isEqualTo(pnp.device("\\_SB.DEV0").resources().translated().get(1).asInterrupt().vector());
        assertThat(interrupts.get(2).getInfo().vector()).isZero();
        assertThat(interrupts.get(2).isConnected()).isFalse();
        assertThat(pnp.device("\\_SB.DEV0").state()).isEqualTo(DeviceState.STARTED);
    }
}
