package dev.gpioint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * {@code gpioint run} on a Snapdragon X laptop's own firmware, the Lenovo ThinkPad T14s's DSDT and SSDT, with
 * {@code examples/thinkpad-t14s.scenario}: its PMIC GPIO controller lists two Interrupt() resources for 64 banks,
 * starts because its client binds them to banks, and the buttons on its pins report presses and releases. Skips
 * without the corpus.
 */
class ThinkPadT14sRunTest {
    private static final Path DSDT = Path.of("../../shared/corpus/woa/lenovo-thinkpad-t14s__dsdt.dat");
    private static final Path SSDT = Path.of("../../shared/corpus/woa/lenovo-thinkpad-t14s__ssdt.dat");

    @Test
    void theT14sPmicStartsWithItsTwoInterruptsAndItsButtonsReportPressAndRelease() {
        Assumptions.assumeTrue(Files.isRegularFile(DSDT) && Files.isRegularFile(SSDT),
                DSDT.toAbsolutePath().normalize() + " or its SSDT is absent: skipping");

        CommandResult result = CommandResult.run("run", DSDT.toString(), SSDT.toString(), "--scenario",
                "../examples/thinkpad-t14s.scenario");

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).contains(
                "\\_SB.PM01        soc-gpio   started",
                "\\_SB.BTNS        hid-buttons started",
                "\\_SB.BCL1        probe      started",
                "10.000000 ms  \\_SB.BTNS      power pressed (at 10.000 ms)",
                "15.000000 ms  \\_SB.BTNS      power released (at 15.000 ms)",
                "20.000000 ms  \\_SB.BTNS      volume-up pressed (at 20.000 ms)",
                "23.000000 ms  \\_SB.BTNS      volume-up released (at 23.000 ms)",
                "30.000000 ms  \\_SB.BTNS      volume-down pressed (at 30.000 ms)",
                "33.000000 ms  \\_SB.BTNS      volume-down released (at 33.000 ms)",
                "0 failures during the run");
        // Both of the PMIC's interrupts are connected; the six button edges came on the first (banks 0-31), serviced
        // at PASSIVE; the second (banks 32-63) served none.
        assertThat(result.out()).containsPattern("GSIV 513 +\\\\_SB.PM01 +0 +0 +6 ")
                .containsPattern("GSIV 515 +\\\\_SB.PM01 +0 +0 +0 ")
                .containsPattern("\\\\_SB.PM01 pin 7 +\\\\_SB.BTNS +0 +0 +2 ")
                .containsPattern("\\\\_SB.PM01 pin 213 +\\\\_SB.BTNS +0 +0 +2 ");
        assertThat(result.err()).doesNotContain("Exception");
    }
}
