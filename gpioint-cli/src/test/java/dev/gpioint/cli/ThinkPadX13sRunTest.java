package dev.gpioint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * {@code gpioint run} on a real laptop's own firmware, the Lenovo ThinkPad X13s's DSDT, with
 * {@code examples/thinkpad-x13s.scenario}: real controllers (GPIO, I2C, SPI, UART), class drivers named by the
 * firmware, the probe (which opens the Bluetooth chip's UART and the camera's SPI connections), the GPIO-signaled
 * event device, every interrupt the scenario drives reaching its driver, and the Bluetooth chip answering HCI Reset.
 * Skips without the corpus.
 */
class ThinkPadX13sRunTest {
    private static final Path DSDT = Path.of("../../shared/corpus/woa/lenovo-thinkpad-x13s__dsdt.dat");

    @Test
    void theX13sBootsFromItsOwnTablesAndEveryScenarioInterruptReachesItsDriver() {
        Assumptions.assumeTrue(Files.isRegularFile(DSDT), DSDT.toAbsolutePath().normalize() + " is absent: skipping");

        CommandResult result = CommandResult.run("run", DSDT.toString(), "--scenario", "../examples/thinkpad-x13s.scenario");

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).contains(
                "\\_SB.GIO0        soc-gpio   started",
                "\\_SB.PM01        soc-gpio   started",
                "\\_SB.IC22        i2c        started",
                "\\_SB.ECKB        hid-i2c-touch started",
                "\\_SB.BTNS        hid-buttons started",
                "\\_SB.LID0        lid        started",
                "\\_SB.GIO0._AEI   acpi-events started",
                "\\_SB.UAR3        uart       started",
                "\\_SB.SP20        spi        started",
                "\\_SB.BTH0        probe      started",
                "\\_SB.AOCV        probe      started",
                "\\_SB.IC22.TPD0   -          not present: _STA is 0x0",
                "0.000000 ms  \\_SB.LID0      lid open (_LID = 1)",
                "1.000000 ms  \\_SB.ECKB      touch down at (100, 200)",
                "2.000000 ms  \\_SB.ECKB      touch up at (100, 200)",
                "0.000000 ms  \\_SB.BTH0      opened connection 17: UartSerialBusV2 to \\_SB.UAR3 at 115200 baud 8N1, hardware flow control",
                "0.000000 ms  \\_SB.AOCV      opened connection 14: SpiSerialBusV2 to \\_SB.SP20, chip select 0, 8000000 Hz, mode 0, 8-bit words",
                "4.000000 ms  \\_SB.BTH0      info: scenario line 8: uart write 01030c00: 4 bytes written",
                "5.352075 ms  \\_SB.BTH0      received 7 bytes on connection 17: 04 0e 04 01 03 0c 00",
                "8.000000 ms  \\_SB.AOCV      info: scenario line 11: spi write-read 80 1: wrote 80, read 5a",
                "5.000000 ms  \\_SB.BAM1      interrupt 0 (resource #2, GSIV 304) fired",
                "6.000000 ms  \\_SB.GIO0._AEI ran _EVT (0x2c0)",
                "7.000000 ms  \\_SB.GIO0._AEI ran _EVT (0x2c0)",
                "10.000000 ms  \\_SB.BTNS      power pressed (at 10.000 ms)",
                "12.000000 ms  \\_SB.BTNS      volume-up pressed (at 12.000 ms)",
                "17.000000 ms  \\_SB.BTNS      volume-up released (at 17.000 ms)",
                "18.000000 ms  \\_SB.BTNS      power released (at 18.000 ms)",
                "0 failures during the run");
        // Two reports read at PASSIVE. The 3 ms glitch on the level line is released in the same instant: the request
        // latched on bank 13's own line (pin 832, 64 pins a bank: GSIV 678) finds no pin active, so it is unclaimed.
        // The UART's receive interrupt ran once for the whole answer (character timeout) and its DPC told the serial
        // extension; the SPI controller's completion interrupt acknowledged the transfer.
        assertThat(result.out()).containsPattern("GSIV 635 +\\\\_SB.UAR3 +1 +0 +0 +[\\d.]+ +1 ")
                .containsPattern("GSIV 617 +\\\\_SB.SP20 +\\d+ +\\d+ +0 ");
        assertThat(result.out()).containsPattern("0x10340  \\\\_SB.GIO0 pin 832  \\\\_SB.ECKB +0 +0 +2 ")
                .containsPattern("0x3a  GSIV 678 +\\\\_SB.GIO0 +3 +0 +0 .* 1 +1\\n");
        assertThat(result.err()).doesNotContain("Exception");
    }

    /**
     * The lid, through the X13s's own firmware: the scenario drives the lid switch's pin (TLMM pin 107, the
     * GeneralPurposeIo field {@code \_SB.GIO0.LIDR}) and then its event pin (704, in {@code _AEI}); {@code _EVT
     * (0x2C0)} copies LIDR into {@code \_SB.LID0.LIDB} and executes {@code Notify (\_SB.LID0, 0x80)}; the lid
     * driver's callback queues a work item that reads {@code _LID}, which returns LIDB.
     */
    @Test
    void theLidReportsWhatItsSwitchPinReadsEachTimeFirmwareNotifiesIt() {
        Assumptions.assumeTrue(Files.isRegularFile(DSDT), DSDT.toAbsolutePath().normalize() + " is absent: skipping");

        CommandResult result = CommandResult.run("run", DSDT.toString(), "--scenario", "../examples/thinkpad-x13s-lid.scenario");

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).containsSubsequence(
                "0.000000 ms  \\_SB.LID0      lid open (_LID = 1)",
                "2.000000 ms  \\_SB.GIO0._AEI ran _EVT (0x2c0)",
                "2.000000 ms  \\_SB.LID0      info: Notify 0x80 (device-specific) delivered to the lid driver",
                "2.000000 ms  \\_SB.LID0      lid open (_LID = 1)",
                "6.000000 ms  \\_SB.GIO0._AEI ran _EVT (0x2c0)",
                "6.000000 ms  \\_SB.LID0      info: Notify 0x80 (device-specific) delivered to the lid driver",
                "6.000000 ms  \\_SB.LID0      lid closed (_LID = 0)",
                "10.000000 ms  \\_SB.GIO0._AEI ran _EVT (0x2c0)",
                "10.000000 ms  \\_SB.LID0      lid open (_LID = 1)",
                "0 failures during the run");
        assertThat(result.out().lines().filter(l -> l.contains("\\_SB.LID0      lid ")).count()).isEqualTo(4);
    }

    /**
     * The real touchpad: with the IDs UEFI would store in NVS preloaded ({@code --region}), firmware's {@code _STA}
     * makes the Elan TPD0 present, and a touch reaches the HID-over-I2C driver through TLMM pin 896.
     */
    @Test
    void theX13sTouchpadWorksWhenTheBoardIdsArePreloaded() {
        Assumptions.assumeTrue(Files.isRegularFile(DSDT), DSDT.toAbsolutePath().normalize() + " is absent: skipping");

        CommandResult result = CommandResult.run("run", DSDT.toString(), "--region", "SystemMemory:0x9E40AFB7=F3049331",
                "--scenario", "../examples/thinkpad-x13s-touchpad.scenario");

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).contains("\\_SB.IC22.TPD0   hid-i2c-touch started",
                "\\_SB.IC22.TPD0 touch down at (300, 400)", "\\_SB.IC22.TPD0 touch up at (300, 400)");
        assertThat(result.out()).containsPattern("\\\\_SB.IC22.TPD1 .*not present");
        assertThat(result.out()).containsPattern("\\\\_SB.GIO0 pin 896 +\\\\_SB.IC22.TPD0 +0 +0 +2 ");
    }
}
