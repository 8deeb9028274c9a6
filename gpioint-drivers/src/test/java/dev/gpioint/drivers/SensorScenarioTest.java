package dev.gpioint.drivers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gpioint.drivers.SensorBoard.Wiring;
import dev.gpioint.drivers.sensor.SensorDriver;
import dev.gpioint.drivers.simgpio.SimGpioDriver;
import dev.gpioint.driver.Driver;
import dev.gpioint.firmware.InterruptMode;
import dev.gpioint.kernel.IdlePolicy;
import dev.gpioint.kernel.Machine;
import dev.gpioint.pnp.DeviceState;
import dev.gpioint.pnp.DriverCatalog;
import dev.gpioint.resource.InterruptFlags;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The sensor: order of its two interrupts, its declared layout, ServiceLoader registration, realtime mode. */
class SensorScenarioTest {

    @Test
    void theDriversAreRegisteredThroughServiceLoader() {
        var catalog = DriverCatalog.fromServiceLoader();
        assertThat(catalog.drivers()).extracting(Driver::name).contains("simgpio", "sensor");
        SensorBoard board = SensorBoard.boot(Wiring.GPIO_PINS, false, catalog);
        assertThat(board.pnp.device("\\_SB.SNS0").state()).isEqualTo(DeviceState.STARTED);
        assertThat(board.pnp.device("\\_SB.SNS0").driver().orElseThrow().name()).isEqualTo("sensor");
    }

    @ParameterizedTest
    @EnumSource(Wiring.class)
    void theFirstInterruptIsDataReadyAndTheSecondActivityInFirmwareOrder(Wiring wiring) {
        SensorBoard board = SensorBoard.boot(wiring);
        var driver = board.sensorDriver();
        assertThat(driver.dataReadyInterrupt().getInfo().mode()).isEqualTo(InterruptMode.LEVEL);
        assertThat(driver.activityInterrupt().getInfo().mode()).isEqualTo(InterruptMode.EDGE);
        board.sensor.signalActivity();
        board.machine.runUntilIdle();
        assertThat(driver.activityIsrCalls()).isEqualTo(1);
        assertThat(driver.dataReadyIsrCalls()).isZero();
    }

    @ParameterizedTest
    @EnumSource(Wiring.class)
    void theSameDriverSeesSecondaryFlagsOnlyOnPins(Wiring wiring) {
        SensorBoard board = SensorBoard.boot(wiring);
        var translated = board.pnp.device("\\_SB.SNS0").resources().translated();
        boolean secondary = (translated.get(1).flags() & InterruptFlags.SECONDARY_INTERRUPT) != 0;
        assertThat(secondary).isEqualTo(wiring == Wiring.GPIO_PINS);
        assertThat(translated.get(2).isLatched()).isTrue();
        assertThat(board.pnp.device("\\_SB.SNS0").driver().orElseThrow()).isInstanceOf(SensorDriver.class);
    }

    @ParameterizedTest
    @EnumSource(Wiring.class)
    void swappingFirmwareOrderSwapsTheResourcesADriverWithoutALayoutGets(Wiring wiring) {
        SensorBoard board = SensorBoard.boot(wiring, true, DriverCatalog.of(new SimGpioDriver(), new SensorDriver(false)));
        var driver = board.sensorDriver();
        // The driver binds its "data-ready" ISR to the first interrupt: now the activity edge.
        assertThat(driver.dataReadyInterrupt().getInfo().mode()).isEqualTo(InterruptMode.EDGE);
        assertThat(driver.activityInterrupt().getInfo().mode()).isEqualTo(InterruptMode.LEVEL);
        board.sensor.signalActivity();
        board.machine.runUntilIdle();
        assertThat(driver.dataReadyIsrCalls()).isEqualTo(1);
        assertThat(driver.activityIsrCalls()).isZero();
    }

    @ParameterizedTest
    @EnumSource(Wiring.class)
    void swappedFirmwareFailsTheSensorNamingExpectedAndActualOrder(Wiring wiring) {
        SensorBoard board = SensorBoard.boot(wiring, true, DriverCatalog.of(new SimGpioDriver(), new SensorDriver()));
        var node = board.pnp.device("\\_SB.SNS0");
        assertThat(node.state()).isEqualTo(DeviceState.FAILED);
        assertThat(node.failureReason().orElseThrow())
                .contains(SensorDriver.LAYOUT.describe())
                .containsPattern("firmware gives \\[MEMORY, INTERRUPT EDGE ACTIVE_LOW .*, INTERRUPT LEVEL ACTIVE_HIGH .*\\]");
        assertThat(board.pnp.device("\\_SB.GPO0").state()).isEqualTo(DeviceState.STARTED);
    }

    @ParameterizedTest
    @EnumSource(Wiring.class)
    void theSameDriverRunsInRealtimeMode(Wiring wiring) {
        try (Machine machine = Machine.realtime(2, IdlePolicy.PARK)) {
            SensorBoard board = SensorBoard.boot(machine, wiring, false, DriverCatalog.of(new SimGpioDriver(), new SensorDriver()));
            assertThat(board.pnp.device("\\_SB.SNS0").state()).isEqualTo(DeviceState.STARTED);
            var driver = board.sensorDriver();
            for (int i = 1; i <= 20; i++) {
                int n = i;
                board.sensor.produceSample(100 + i);
                machine.runUntil(() -> driver.samples() == n, "sample " + n);
                board.sensor.signalActivity();
                machine.runUntil(() -> driver.activities() == n, "activity " + n);
            }
            assertThat(driver.lastSample()).isEqualTo(120);
            assertThat(board.pnp.device("\\_SB.SNS0").state()).isEqualTo(DeviceState.STARTED);
        }
    }
}
