package dev.gpioint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The Linux commands on whatever machine runs the tests: a chip that does not exist gives one clear line. */
class LinuxCommandsTest {

    @Test
    void monitorOnAMissingChipSaysSoAndFails() {
        CommandResult result = CommandResult.run("monitor", "--num-events", "1", "gpiochip977", "3");
        assertThat(result.status()).isNotZero();
        assertThat(result.err()).contains("gpiochip977").contains("no such GPIO chip").doesNotContain("\tat ");
    }

    @Test
    void chipsOnAMissingChipSaysSoAndFails() {
        CommandResult result = CommandResult.run("chips", "gpiochip977");
        assertThat(result.status()).isNotZero();
        assertThat(result.err()).contains("gpiochip977").doesNotContain("\tat ");
    }

    @Test
    void runOnLinuxWithAMissingChipFailsThatControllerAndItsConsumersAndNothingElse() {
        CommandResult result = CommandResult.run("run", "../examples/devboard.asl", "--hardware", "linux",
                "--chip", "\\_SB.GPO0=gpiochip977", "--for", "1ms");
        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).contains("\\_SB.GPO0        linux-gpiochip failed:", "gpiochip977",
                "\\_SB.SNS0        sensor     failed: GpioInt #2 names GPIO controller \\_SB.GPO0, which is not started");
    }

    @Test
    void aScenarioIsForSimulatedHardwareOnly() {
        CommandResult result = CommandResult.run("run", "../examples/devboard.asl", "--hardware", "linux",
                "--scenario", "../examples/devboard.scenario");
        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("--scenario drives simulated hardware");
    }
}
