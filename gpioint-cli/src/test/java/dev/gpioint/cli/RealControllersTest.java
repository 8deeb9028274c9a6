package dev.gpioint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gpioint.drivers.simi2c.RealI2cControllerDriver;
import dev.gpioint.drivers.socgpio.SocGpioDriver;
import dev.gpioint.sim.board.RealI2cControllerHardware;
import dev.gpioint.sim.board.SocGpioCatalog;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A board written with real controller IDs (a Qualcomm TLMM, a PMIC GPIO block behind SPMI, a GENI I2C controller)
 * and the problems real firmware has: the commands boot it with the real controllers' shapes, the probe and class
 * drivers, drive its interrupts by device and index, and check names each defect with its device and resource.
 */
class RealControllersTest {
    private static final String BOARD = Path.of("src/test/resources/real/socboard.asl").toString();
    private static final String SCENARIO = Path.of("src/test/resources/real/socboard.scenario").toString();

    @Test
    void theDriversServeExactlyTheIdsTheSimulatedHardwareBuilds() {
        assertThat(SocGpioDriver.IDS).containsExactlyInAnyOrderElementsOf(SocGpioCatalog.ids());
        assertThat(RealI2cControllerDriver.IDS).containsExactlyInAnyOrderElementsOf(RealI2cControllerHardware.IDS);
    }

    @Test
    void runBootsRealControllersAndDrivesInterruptsByDeviceAndIndex() {
        CommandResult result = CommandResult.run("run", BOARD, "--scenario", SCENARIO);

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).contains(
                "\\_SB.GIO0        soc-gpio   started",
                // no Memory resource: its registers are in a bus window and its callbacks run at PASSIVE
                "\\_SB.PM01        soc-gpio   started",
                "\\_SB.I2C1        i2c        started",
                "\\_SB.SENS        probe      started",
                "\\_SB.BTNS        hid-buttons started",
                "\\_SB.DEPB        -          no driver: no driver for ABCD0006",
                "1.000000 ms  \\_SB.SENS      interrupt 0 (resource #1, GPIO pin) fired",
                "2.000000 ms  \\_SB.SENS      interrupt 1 (resource #2, GSIV 300) fired",
                "3.000000 ms  \\_SB.BTNS      button 0 pressed (at 3.000 ms)",
                "13.000000 ms  \\_SB.BTNS      button 0 released (at 13.000 ms)",
                "5.000000 ms  \\_SB.BTNS      button 1 released (at 5.000 ms)");
        // TLMM: three Interrupt() resources, so three banks of 64: pin 130 is bank 2, served by GSIV 241.
        assertThat(result.out()).containsPattern("0x31  GSIV 241 +\\\\_SB.GIO0 +[01] +[01] +0 ");
        assertThat(result.out()).containsPattern("0x10082  \\\\_SB.GIO0 pin 130  \\\\_SB.SENS +0 +0 +1 ");
        // PMIC pins: the passive column, since the PMIC is not memory-mapped
        assertThat(result.out()).containsPattern("\\\\_SB.PM01 pin 7    \\\\_SB.BTNS +0 +0 +2 ");
        assertThat(result.err()).doesNotContain("Exception");
    }

    @Test
    void aLevelInterruptHeldOnADeviceNobodyCanQuietStormsAndTheMachineRunsOn() {
        Path scenario = Path.of("target", "storm.scenario");
        try {
            java.nio.file.Files.createDirectories(scenario.getParent());
            java.nio.file.Files.writeString(scenario, "at 1ms \\_SB.SENS pulse interrupt 1 1ms\nat 3ms \\_SB.BTNS pulse interrupt 0 1ms\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        CommandResult result = CommandResult.run("run", BOARD, "--scenario", scenario.toString());

        assertThat(result.status()).as(result.err()).isZero();
        // The probe cannot quiet an unknown device: the held level storms, the HAL masks it and fails the device,
        // and the rest of the machine runs on.
        assertThat(result.out()).contains("storm: GSIV 300", "\\_SB.SENS      failure: interrupt storm on GSIV 300",
                "3.000000 ms  \\_SB.BTNS      button 0 pressed", "4.000000 ms  \\_SB.BTNS      button 0 released");
    }

    @Test
    void aScenarioNamingAMissingInterruptSaysHowManyTheDeviceHas() {
        Path scenario = Path.of("target", "bad.scenario");
        try {
            java.nio.file.Files.createDirectories(scenario.getParent());
            java.nio.file.Files.writeString(scenario, "at 1ms \\_SB.SENS pulse interrupt 2\nat 1ms \\_SB.GHST pulse interrupt 0\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        CommandResult result = CommandResult.run("run", BOARD, "--scenario", scenario.toString());

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("\\_SB.SENS has 2 interrupts, so no interrupt 2",
                "GpioInt names \\_SB.PM09, which is not a simulated GPIO controller").doesNotContain("Exception");
    }

    /**
     * A Snapdragon X PMIC lists two Interrupt() resources for its 64 banks: its client binds them to banks, so it
     * starts and check finds nothing, with consumers on both halves of its banks. An Intel PCH with two interrupts
     * for 16 banks, whose gpioint client does not bind them, does not start: a warning, since its real driver may.
     */
    @Test
    void checkAcceptsAPmicThatBindsItsInterruptsAndWarnsOfARealControllerWhoseClientDoesNot() throws java.io.IOException {
        Path board = Path.of("target", "bank-binding.asl");
        java.nio.file.Files.createDirectories(board.getParent());
        java.nio.file.Files.writeString(board, """
                DefinitionBlock ("", "DSDT", 2, "TEST", "BIND", 1) {
                  Scope (\\_SB) {
                    Device (PM01) {
                      Name (_HID, "QCOM0C2D")
                      Name (_CRS, ResourceTemplate () {
                        Interrupt (ResourceConsumer, Level, ActiveHigh, Shared) { 513 }
                        Interrupt (ResourceConsumer, Level, ActiveHigh, Shared) { 515 }
                      })
                    }
                    Device (GPI1) {
                      Name (_HID, "INT34BB")
                      Name (_CRS, ResourceTemplate () {
                        Memory32Fixed (ReadWrite, 0xFD6A0000, 0x00010000)
                        Interrupt (ResourceConsumer, Level, ActiveLow, Shared) { 14 }
                        Interrupt (ResourceConsumer, Level, ActiveLow, Shared) { 15 }
                      })
                    }
                    Device (SENS) {
                      Name (_HID, "ABCD0001")
                      Name (_CRS, ResourceTemplate () {
                        GpioInt (Edge, ActiveHigh, Exclusive, PullDown, 0, "\\\\_SB.PM01") { 7 }
                        GpioInt (Edge, ActiveHigh, Exclusive, PullDown, 0, "\\\\_SB.PM01") { 3000 }
                      })
                    }
                  }
                }
                """);

        CommandResult check = CommandResult.run("check", board.toString());
        assertThat(check.status()).as(check.out() + check.err()).isZero();
        assertThat(check.out()).contains("warning: \\_SB.GPI1: not started: it has several interrupts for more banks, and "
                        + "gpioint's client for this family does not bind them to banks", "16 banks but 2 interrupt resources",
                "0 errors, 1 warning").doesNotContain("PM01", "SENS");

        CommandResult run = CommandResult.run("run", board.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("\\_SB.PM01        soc-gpio   started", "\\_SB.SENS        probe      started");
    }

    @Test
    void checkNamesEachDefectWithItsDeviceAndResource() {
        CommandResult result = CommandResult.run("check", BOARD);

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.out()).contains(
                "error: \\_SB.BEYD resource #1 (GpioInt(Edge, ActiveHigh, Exclusive, PullDown, debounce 0) \\_SB.GIO0 pin 200): "
                        + "pin 200 is beyond \\_SB.GIO0 (192 pins, 0..191)",
                "error: \\_SB.GHST resource #1 (GpioInt(Edge, ActiveHigh, Exclusive, PullDown, debounce 0) \\_SB.PM09 pin 1): "
                        + "names GPIO controller \\_SB.PM09, which the firmware does not define",
                "error: \\_SB.DUPE resource #1 (GpioInt(Edge, ActiveLow, Exclusive, PullUp, debounce 0) \\_SB.GIO0 pin 130): "
                        + "\\_SB.GIO0 pin 130 is also used by \\_SB.SENS",
                "error: \\_SB.DEPA _DEP: dependency cycle \\_SB.DEPA -> \\_SB.DEPB -> \\_SB.DEPA",
                "error: \\_SB.TPD0: fails to start: driver hid-i2c-touch: resource order mismatch: the driver expects "
                        + "[i2c: I2C, attention: INTERRUPT]",
                "5 errors, 0 warnings");
    }
}
