package dev.gpioint.drivers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gpioint.drivers.simgpio.SimGpioDriver;
import dev.gpioint.firmware.BoardBuilder;
import dev.gpioint.firmware.InterruptMode;
import dev.gpioint.firmware.Polarity;
import dev.gpioint.kernel.Machine;
import dev.gpioint.pnp.DeviceState;
import dev.gpioint.pnp.DriverCatalog;
import dev.gpioint.pnp.PnpManager;
import dev.gpioint.sim.SimGpioController;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * On a deterministic machine, any interleaving of edges on several pins (across banks) is delivered to the
 * peripheral's ISRs exactly once per edge, provided each pin's next edge comes after its previous one was
 * serviced (a second edge before service merges into the latched status bit, as on hardware).
 */
class EdgeDeliveryPropertiesTest {
    static final int[] PINS = {0, 5, 31, 32, 63, 64, 100, 127};

    @Provide
    Arbitrary<List<List<Integer>>> batches() {
        // Each batch: distinct pin indexes, in a random order, edged together before the machine runs.
        return Arbitraries.integers().between(0, PINS.length - 1).list().uniqueElements().ofMaxSize(PINS.length)
                .list().ofMaxSize(12);
    }

    @Property(tries = 60)
    void everyEdgeIsDeliveredExactlyOnce(@ForAll("batches") List<List<Integer>> batches) {
        var machine = Machine.deterministic(2);
        var gpio = new SimGpioController(machine, "simgpio", SensorBoard.GPIO_BASE, SensorBoard.BANK_GSIVS);
        var probe = new GpioPathTest.ProbeDriver(false, i -> "");
        var firmware = BoardBuilder.named("edges").device(SensorBoard.firmware(SensorBoard.Wiring.GPIO_PINS, false).devices().get(0))
                .device("\\_SB.PRB0", d -> {
                    d.hid("PROB0001");
                    for (int pin : PINS) {
                        d.gpioInt("\\_SB.GPO0", pin, InterruptMode.EDGE, Polarity.ACTIVE_HIGH);
                    }
                }).build();
        var pnp = new PnpManager(machine, firmware, DriverCatalog.of(new SimGpioDriver(), probe));
        pnp.startAll();
        machine.runUntilIdle();
        assertThat(pnp.device("\\_SB.PRB0").state()).isEqualTo(DeviceState.STARTED);

        int[] expected = new int[PINS.length];
        for (List<Integer> batch : batches) {
            for (int index : batch) {
                gpio.setInput(PINS[index], true);
                gpio.setInput(PINS[index], false);
                expected[index]++;
            }
            machine.runUntilIdle();
        }
        int[] isrs = new int[PINS.length];
        int[] dpcs = new int[PINS.length];
        for (String s : probe.seen) {
            int index = Integer.parseInt(s.substring(0, s.indexOf(' ')));
            if (s.contains(" dpc ")) {
                dpcs[index]++;
            } else {
                isrs[index]++;
            }
        }
        assertThat(isrs).containsExactly(expected);
        assertThat(dpcs).containsExactly(expected);
        assertThat(machine.log().events(dev.gpioint.kernel.MachineEvent.Kind.FAILURE)).isEmpty();
    }
}
