package dev.gpioint.drivers.simuart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gpioint.drivers.socgpio.SocGpioDriver;
import dev.gpioint.drivers.ConnectionHolder;
import dev.gpioint.firmware.BoardBuilder;
import dev.gpioint.firmware.Firmware;
import dev.gpioint.firmware.InterruptMode;
import dev.gpioint.firmware.NamePath;
import dev.gpioint.firmware.Polarity;
import dev.gpioint.firmware.Sharing;
import dev.gpioint.firmware.UartSerialBus;
import dev.gpioint.firmware.VendorData;
import dev.gpioint.kernel.Machine;
import dev.gpioint.kernel.MachineOptions;
import dev.gpioint.pnp.DeviceState;
import dev.gpioint.pnp.DriverCatalog;
import dev.gpioint.pnp.InterruptStatistics;
import dev.gpioint.pnp.PnpManager;
import dev.gpioint.serial.SerialTarget;
import dev.gpioint.serial.UartSettings;
import dev.gpioint.sim.SimBluetoothController;
import dev.gpioint.sim.board.SimBluetoothHardware;
import dev.gpioint.sim.board.SimBoard;
import dev.gpioint.status.NtStatus;
import dev.gpioint.status.NtStatusException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * Qualcomm GENI UARTs (QCOM0616) through the serial class extension: the Bluetooth chip on one answers HCI Reset with
 * Command Complete, a stand-in echo on the other sends back what it gets; settings come from the UartSerialBusV2
 * descriptor, a host at another baud rate gets no answer, and settings beyond the controller (or SerCx2) are refused
 * with the status and a message naming the device, the connection and the controller.
 */
class UartControllerTest {
    private static final HexFormat HEX = HexFormat.of();

    private record Booted(Machine machine, SimBoard hardware, PnpManager pnp, ConnectionHolder holder) {
        void run(Duration duration) {
            machine.advance(duration);
            machine.runUntilIdle();
        }
    }

    private static UartSerialBus uart(String controller, long baud, int flowControl) {
        return new UartSerialBus(NamePath.of(controller), baud, 8, 1, 0, flowControl, 64, 64, 0, false, true, Sharing.EXCLUSIVE,
                VendorData.EMPTY);
    }

    private static Booted boot() {
        Firmware firmware = BoardBuilder.named("uart")
                .device("\\_SB.GIO0", d -> d.hid("QCOM0C0C").memory32Fixed(0x0F10_0000L, 0x30_0000L)
                        .interrupt(240, InterruptMode.LEVEL, Polarity.ACTIVE_HIGH)
                        .interrupt(241, InterruptMode.LEVEL, Polarity.ACTIVE_HIGH)
                        .interrupt(242, InterruptMode.LEVEL, Polarity.ACTIVE_HIGH))
                .device("\\_SB.UAR3", d -> d.hid("QCOM0616").uid("3").memory32Fixed(0x0098_8000L, 0x4000)
                        .interrupt(635, InterruptMode.LEVEL, Polarity.ACTIVE_HIGH)
                        .gpioInt("\\_SB.GIO0", 124, InterruptMode.EDGE, Polarity.ACTIVE_LOW))
                .device("\\_SB.UAR4", d -> d.hid("QCOM0616").uid("4").memory32Fixed(0x0098_C000L, 0x4000)
                        .interrupt(636, InterruptMode.LEVEL, Polarity.ACTIVE_HIGH))
                .device("\\_SB.BTH0", d -> d.hid("QCOM066B").resource(uart("\\_SB.UAR3", 115_200, 1)))
                .device("\\_SB.ECHO", d -> d.hid("TEST0002").resource(uart("\\_SB.UAR4", 3_000_000, 0)))
                .device("\\_SB.XONX", d -> d.hid("TEST0002").resource(uart("\\_SB.UAR4", 9600, 2)))
                .build();
        Machine machine = Machine.create(MachineOptions.deterministic(1));
        SimBoard hardware = SimBoard.build(machine, firmware);
        var holder = new ConnectionHolder("QCOM066B", "TEST0002");
        var pnp = new PnpManager(machine, hardware.driverView(firmware),
                DriverCatalog.of(new SocGpioDriver(), new RealUartControllerDriver(), holder));
        pnp.startAll();
        machine.runUntilIdle();
        return new Booted(machine, hardware, pnp, holder);
    }

    @Test
    void theControllersStartWithTheirDriverAndConnectTheirOwnInterrupts() {
        Booted board = boot();
        var uar3 = board.pnp().device("\\_SB.UAR3");
        assertThat(uar3.state()).as(uar3.failureReason().toString()).isEqualTo(DeviceState.STARTED);
        assertThat(uar3.driver().orElseThrow().name()).isEqualTo("uart");
        // The receive line at DIRQL, the RX wake pin at PASSIVE.
        assertThat(uar3.interrupts()).hasSize(2);
        assertThat(uar3.interrupts().get(1).getInfo().irql()).isZero();
    }

    @Test
    void theBluetoothChipAnswersHciResetWithCommandCompleteAtTheDescriptorsSettings() {
        Booted board = boot();
        SerialTarget port = board.holder().openSerial("\\_SB.BTH0", 0);
        assertThat(port.settings()).isEqualTo(UartSettings.RESET);
        port.applyDefaultConfiguration();
        assertThat(port.settings().toString()).isEqualTo("115200 baud 8N1, hardware flow control");
        var completions = new ArrayList<Long>();
        byte[] received = new byte[32];
        int[] count = new int[1];
        port.waitOnReceive(() -> {
            completions.add(board.machine().nanoTime());
            count[0] = port.read(received, 0, received.length);
        });
        assertThat(port.write(HEX.parseHex("01030c00"), 0, 4)).isEqualTo(4);
        board.run(Duration.ofMillis(2));

        assertThat(HEX.formatHex(received, 0, count[0])).isEqualTo("040e0401030c00");
        // 4 characters out and 7 back at 10 bits and 115200 baud, 50 us to act, then the 4-character receive timeout.
        long character = 10 * 1_000_000_000L / 115_200;
        assertThat(completions).containsExactly(4 * character + 50_000 + 7 * character + 4 * character);
        var row = InterruptStatistics.collect(board.pnp()).stream().filter(r -> r.source().equals("GSIV 635")).findFirst().orElseThrow();
        assertThat(row.total()).as("one interrupt for the whole answer").isEqualTo(1);
        assertThat(row.dpcs()).isEqualTo(1);
        var chip = ((SimBluetoothHardware) board.hardware().device(NamePath.of("\\_SB.BTH0")).orElseThrow()).controller();
        assertThat(chip.commands()).isEqualTo(1);
    }

    @Test
    void aHostAtAnotherBaudRateGetsNoAnswerUntilItComesBack() {
        Booted board = boot();
        SerialTarget port = board.holder().openSerial("\\_SB.BTH0", 0);
        port.applyDefaultConfiguration();
        port.setBaudRate(9600);
        assertThat(port.settings().baudRate()).isEqualTo(9600);
        byte[] received = new byte[32];
        int[] count = new int[1];
        port.waitOnReceive(() -> count[0] = port.read(received, 0, received.length));
        port.write(HEX.parseHex("01030c00"), 0, 4);
        board.run(Duration.ofMillis(10));
        SimBluetoothController chip = ((SimBluetoothHardware) board.hardware().device(NamePath.of("\\_SB.BTH0")).orElseThrow()).controller();
        assertThat(chip.framingErrors()).isEqualTo(4);
        assertThat(count[0]).isZero();

        port.setBaudRate(115_200);
        port.write(HEX.parseHex("0109100000"), 0, 5); // Read BD_ADDR (a zero parameter length, then one stray byte skipped)
        board.run(Duration.ofMillis(3));
        assertThat(HEX.formatHex(received, 0, count[0])).isEqualTo("040e0a01091000554433221100");
    }

    @Test
    void theStandInEchoSendsBackWhatItGets() {
        Booted board = boot();
        SerialTarget port = board.holder().openSerial("\\_SB.ECHO", 0);
        port.applyDefaultConfiguration();
        byte[] received = new byte[64];
        int[] count = new int[1];
        port.waitOnReceive(() -> count[0] = port.read(received, 0, received.length));
        byte[] hello = "hello, uart".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        port.write(hello, 0, hello.length);
        board.run(Duration.ofMillis(1));
        assertThat(new String(received, 0, count[0], java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("hello, uart");
        assertThat(port.read(received, 0, received.length)).as("nothing more: a read never waits").isZero();
    }

    @Test
    void settingsBeyondTheControllerOrSerCx2AreRefusedAndLeaveTheLineAsItWas() {
        Booted board = boot();
        SerialTarget port = board.holder().openSerial("\\_SB.BTH0", 0);
        port.applyDefaultConfiguration();
        UartSettings before = port.settings();
        assertRefused(() -> port.setBaudRate(5_000_000), NtStatus.NOT_SUPPORTED, "IOCTL_SERIAL_SET_BAUD_RATE",
                "5000000 baud is above its fastest, 4000000 baud");
        assertRefused(() -> port.setLineControl(9, UartSettings.Parity.NONE, UartSettings.StopBits.ONE), NtStatus.NOT_SUPPORTED,
                "IOCTL_SERIAL_SET_LINE_CONTROL", "no 9-bit characters");
        assertRefused(() -> port.setLineControl(8, UartSettings.Parity.MARK, UartSettings.StopBits.ONE), NtStatus.NOT_SUPPORTED,
                "IOCTL_SERIAL_SET_LINE_CONTROL", "no mark parity");
        assertRefused(() -> port.setFlowControl(UartSettings.FlowControl.XON_XOFF), NtStatus.NOT_SUPPORTED,
                "IOCTL_SERIAL_SET_HANDFLOW", "SerCx2 does not implement software (XON/XOFF) flow control");
        assertRefused(() -> port.setBaudRate(0), NtStatus.INVALID_PARAMETER, "IOCTL_SERIAL_SET_BAUD_RATE", "not a rate");
        assertThat(port.settings()).isEqualTo(before);

        port.waitOnReceive(() -> { });
        assertRefused(() -> port.waitOnReceive(() -> { }), NtStatus.INVALID_PARAMETER, "IOCTL_SERIAL_WAIT_ON_MASK", "already pending");
        // One client at a time.
        assertThatThrownBy(() -> board.holder().openSerial("\\_SB.BTH0", 0)).isInstanceOfSatisfying(NtStatusException.class,
                e -> assertThat(e.status()).isEqualTo(NtStatus.SHARING_VIOLATION));
        port.close();
        assertRefused(() -> port.write(new byte[1], 0, 1), NtStatus.INVALID_DEVICE_STATE, "is closed", "");
        board.holder().openSerial("\\_SB.BTH0", 0).close();

        // A descriptor asking for XON/XOFF cannot be applied: the port keeps its settings.
        SerialTarget xonXoff = board.holder().openSerial("\\_SB.XONX", 0);
        assertRefused(xonXoff::applyDefaultConfiguration, NtStatus.NOT_SUPPORTED, "IOCTL_SERIAL_APPLY_DEFAULT_CONFIGURATION", "XON/XOFF");
        assertThat(xonXoff.settings()).isEqualTo(UartSettings.RESET);
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable request, NtStatus status, String what,
                                      String why) {
        assertThatThrownBy(request).isInstanceOfSatisfying(NtStatusException.class, e -> {
            assertThat(e.status()).isEqualTo(status);
            assertThat(e.reason()).contains("connection", "UartSerialBusV2 to \\_SB.UAR", what, why);
        });
    }
}
