package dev.gpioint.drivers.gpio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gpioint.drivers.simgpio.SimGpioClient;
import dev.gpioint.drivers.simgpio.SimGpioDriver;
import dev.gpioint.firmware.BoardBuilder;
import dev.gpioint.firmware.Firmware;
import dev.gpioint.firmware.InterruptMode;
import dev.gpioint.firmware.Polarity;
import dev.gpioint.firmware.Sharing;
import dev.gpioint.kernel.Machine;
import dev.gpioint.kernel.MachineEvent;
import dev.gpioint.kernel.MachineOptions;
import dev.gpioint.pnp.DeviceState;
import dev.gpioint.pnp.DriverCatalog;
import dev.gpioint.pnp.PnpManager;
import dev.gpioint.sim.SimGpioController;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The client-callback bound (gpioint's DPC watchdog): a SimGpio client whose query stalls past the bound fails
 * its own controller with a report naming the callback, the time and the bound; another controller's device
 * keeps receiving interrupts. Virtual time only: the stall is {@code KeStallExecutionProcessor} on a
 * deterministic machine.
 */
class ClientWatchdogTest {
    private static final String HUNG = "\\_SB.GPH0";
    private static final String HEALTHY = "\\_SB.GPK0";

    private static Firmware board(String fault) {
        var b = BoardBuilder.named("watchdog");
        controller(b, HUNG, 0xFED0_0000L, 40, fault);
        controller(b, HEALTHY, 0xFED0_1000L, 44, null);
        b.device("\\_SB.PRH0", d -> d.hid("PROB0001").gpioInt(HUNG, 3, InterruptMode.EDGE, Polarity.ACTIVE_HIGH));
        b.device("\\_SB.PRK0", d -> d.hid("PROB0002").gpioInt(HEALTHY, 5, InterruptMode.EDGE, Polarity.ACTIVE_HIGH));
        return b.build();
    }

    private static void controller(BoardBuilder b, String path, long base, long firstGsiv, String fault) {
        b.device(path, d -> {
            d.hid(SimGpioDriver.HARDWARE_ID).memory32Fixed(base, 0x100);
            for (long gsiv = firstGsiv; gsiv < firstGsiv + 4; gsiv++) {
                d.interrupt(gsiv, InterruptMode.LEVEL, Polarity.ACTIVE_HIGH, Sharing.EXCLUSIVE, false);
            }
            if (fault != null) {
                d.property(SimGpioClient.FAULT_PROPERTY, fault);
            }
        });
    }

    @Test
    void aClientStallingPastTheBoundInItsQueryFailsItsControllerAndTheOtherControllerKeepsDelivering() {
        var hungProbe = new Probe("PROB0001");
        var healthyProbe = new Probe("PROB0002");
        try (var machine = Machine.deterministic(2)) {
            var hung = new SimGpioController(machine, "simgpio-hung", 0xFED0_0000L, List.of(40L, 41L, 42L, 43L));
            var healthy = new SimGpioController(machine, "simgpio-healthy", 0xFED0_1000L, List.of(44L, 45L, 46L, 47L));
            // The second query stalls 250 us: past the deterministic machine's 100 us bound.
            var pnp = new PnpManager(machine, board("query-active-stall 2 250"),
                    DriverCatalog.of(new SimGpioDriver(), hungProbe, healthyProbe));
            pnp.startAll();
            machine.runUntilIdle();

            pulse(machine, hung, 3);
            pulse(machine, healthy, 5);
            assertThat(hungProbe.count(0)).as("the first query is healthy").isEqualTo(1);
            long before = machine.nanoTime();
            pulse(machine, hung, 3); // the second query stalls
            assertThat(machine.nanoTime() - before).as("the stall took virtual time").isGreaterThanOrEqualTo(250_000);

            var controller = pnp.device(HUNG);
            assertThat(controller.state()).isEqualTo(DeviceState.FAILED);
            assertThat(controller.failureReason().orElseThrow()).contains("watchdog", "CLIENT_QueryActiveInterrupts",
                    HUNG, "250 us", "bound of 100 us", "0x133");
            assertThat(hungProbe.count(0)).as("the overrun query's interrupt is not delivered").isEqualTo(1);
            pulse(machine, hung, 3);
            assertThat(hungProbe.count(0)).as("nothing from a failed controller").isEqualTo(1);

            for (int i = 0; i < 5; i++) {
                pulse(machine, healthy, 5);
            }
            assertThat(healthyProbe.count(0)).isEqualTo(6);
            assertThat(pnp.device(HEALTHY).state()).isEqualTo(DeviceState.STARTED);
            assertThat(pnp.device("\\_SB.PRK0").state()).isEqualTo(DeviceState.STARTED);
            assertThat(machine.log().events(MachineEvent.Kind.FAILURE)).allMatch(e -> e.source().equals(HUNG)
                    || e.source().equals("\\_SB.PRH0"), "only the hung controller and its consumer report failures");
        }
    }

    @Test
    void aStallWithinTheBoundIsHealthy() {
        var probe = new Probe("PROB0001");
        try (var machine = Machine.create(MachineOptions.deterministic(2).withCallbackBound(java.time.Duration.ofMillis(1)))) {
            var hung = new SimGpioController(machine, "simgpio-hung", 0xFED0_0000L, List.of(40L, 41L, 42L, 43L));
            new SimGpioController(machine, "simgpio-healthy", 0xFED0_1000L, List.of(44L, 45L, 46L, 47L));
            var pnp = new PnpManager(machine, board("query-active-stall 1 250"),
                    DriverCatalog.of(new SimGpioDriver(), probe, new Probe("PROB0002")));
            pnp.startAll();
            machine.runUntilIdle();
            pulse(machine, hung, 3);
            pulse(machine, hung, 3);
            assertThat(pnp.device(HUNG).state()).isEqualTo(DeviceState.STARTED);
            assertThat(probe.count(0)).isEqualTo(2);
        }
    }

    private static void pulse(Machine machine, SimGpioController gpio, int pin) {
        gpio.setInput(pin, true);
        machine.runUntilIdle();
        gpio.setInput(pin, false);
        machine.advance(java.time.Duration.ofMillis(1));
    }
}
