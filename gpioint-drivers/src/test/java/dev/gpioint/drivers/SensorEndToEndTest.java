package dev.gpioint.drivers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gpioint.drivers.SensorBoard.Wiring;
import dev.gpioint.kernel.MachineEvent;
import dev.gpioint.pnp.DeviceState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SensorEndToEndTest {

    @ParameterizedTest
    @EnumSource(Wiring.class)
    void theSameDriverGetsItsInterruptsFromPinsOrLines(Wiring wiring) {
        SensorBoard board = SensorBoard.boot(wiring);
        assertThat(board.pnp.device("\\_SB.GPO0").state()).isEqualTo(DeviceState.STARTED);
        assertThat(board.pnp.device("\\_SB.SNS0").state()).isEqualTo(DeviceState.STARTED);

        board.sensor.produceSample(42);
        board.machine.runUntilIdle();
        board.sensor.signalActivity();
        board.machine.runUntilIdle();
        board.sensor.produceSample(43);
        board.machine.runUntilIdle();

        var driver = board.sensorDriver();
        assertThat(driver.samples()).isEqualTo(2);
        assertThat(driver.activities()).isEqualTo(1);
        assertThat(driver.lastSample()).isEqualTo(43);
        assertThat(board.machine.log().events(MachineEvent.Kind.DRIVER)).extracting(MachineEvent::message)
                .containsExactly("data-ready: sample 42", "activity", "data-ready: sample 43");
        assertThat(board.machine.log().events(MachineEvent.Kind.FAILURE)).isEmpty();
    }
}
