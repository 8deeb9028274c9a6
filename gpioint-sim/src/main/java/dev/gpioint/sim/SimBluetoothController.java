package dev.gpioint.sim;

import dev.gpioint.kernel.HardwareLock;
import dev.gpioint.serial.UartSettings;
import java.io.ByteArrayOutputStream;
import java.time.Duration;

/**
 * A Bluetooth controller on a UART, reduced to the host controller interface's H4 transport (Bluetooth Core
 * specification, vol 4 part A): packets start with a type byte, 0x01 for a command (opcode, little-endian, then a
 * parameter length and the parameters), 0x02 ACL and 0x03 SCO data, 0x04 for an event. It answers each command
 * {@link #PROCESSING} later with a Command Complete event (0x0E: one command slot, the opcode, the return
 * parameters): HCI_Reset (0x0C03) with status 0, HCI_Read_Local_Version_Information (0x1001) and HCI_Read_BD_ADDR
 * (0x1009) with fixed values, any other command with status 0x01, Unknown HCI Command. Data packets are taken and
 * dropped; a byte that starts no packet is skipped. It listens at its own line settings (the firmware's), so a host
 * at another baud rate gets no answer: its characters are framing errors here.
 */
public final class SimBluetoothController implements UartPeer {
    public static final int COMMAND = 0x01;
    public static final int EVENT = 0x04;
    public static final int COMMAND_COMPLETE = 0x0E;
    public static final int HCI_RESET = 0x0C03;
    public static final int READ_LOCAL_VERSION = 0x1001;
    public static final int READ_BD_ADDR = 0x1009;
    public static final int UNKNOWN_COMMAND = 0x01;
    /** How long the controller takes to act on a command before its answer starts. */
    public static final Duration PROCESSING = Duration.ofNanos(50_000);
    /** The answer to Read BD_ADDR, as sent (least significant byte first): 00:11:22:33:44:55. */
    static final byte[] ADDRESS = {0x55, 0x44, 0x33, 0x22, 0x11, 0x00};
    /** HCI and LMP version 0x0B (Bluetooth 5.2), manufacturer 0x001D (Qualcomm), revisions 0. */
    static final byte[] VERSION = {0x0B, 0x00, 0x00, 0x0B, 0x1D, 0x00, 0x00, 0x00};

    private final SimUartController uart;
    private final UartSettings settings;
    private final HardwareLock lock;
    private final ByteArrayOutputStream packet = new ByteArrayOutputStream();
    private long commands;
    private long framingErrors;

    /** A controller on {@code uart}'s wire, listening and answering at {@code settings}. */
    public SimBluetoothController(SimUartController uart, UartSettings settings) {
        this.uart = uart;
        this.settings = settings;
        this.lock = new HardwareLock(uart.machine());
        uart.attach(this);
    }

    @Override
    public void receive(int value, UartSettings framing) {
        byte[] answer = null;
        lock.lock();
        try {
            if (!SimUartController.sameFrame(framing, settings)) {
                framingErrors++;
                return;
            }
            packet.write(value);
            byte[] bytes = packet.toByteArray();
            int complete = completeLength(bytes);
            if (complete < 0) {
                packet.reset(); // not the start of a packet: skip it
            } else if (complete > 0 && bytes.length == complete) {
                packet.reset();
                if (bytes[0] == COMMAND) {
                    commands++;
                    answer = commandComplete((bytes[1] & 0xFF) | (bytes[2] & 0xFF) << 8);
                }
            }
        } finally {
            lock.unlock();
        }
        if (answer != null) {
            uart.send(answer, settings, PROCESSING);
        }
    }

    /** The whole length of the packet {@code bytes} starts, 0 while its header is incomplete, -1 for no packet type. */
    private static int completeLength(byte[] bytes) {
        int type = bytes[0] & 0xFF;
        return switch (type) {
            case COMMAND -> bytes.length < 4 ? 0 : 4 + (bytes[3] & 0xFF);
            case 0x02 -> bytes.length < 5 ? 0 : 5 + ((bytes[3] & 0xFF) | (bytes[4] & 0xFF) << 8);
            case 0x03 -> bytes.length < 4 ? 0 : 4 + (bytes[3] & 0xFF);
            default -> -1;
        };
    }

    private static byte[] commandComplete(int opcode) {
        byte[] parameters = switch (opcode) {
            case HCI_RESET -> new byte[] {0};
            case READ_LOCAL_VERSION -> concat(new byte[] {0}, VERSION);
            case READ_BD_ADDR -> concat(new byte[] {0}, ADDRESS);
            default -> new byte[] {UNKNOWN_COMMAND};
        };
        byte[] header = {EVENT, COMMAND_COMPLETE, (byte) (3 + parameters.length), 1, (byte) opcode, (byte) (opcode >> 8)};
        return concat(header, parameters);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /** Commands received whole. */
    public long commands() {
        lock.lock();
        try {
            return commands;
        } finally {
            lock.unlock();
        }
    }

    /** Characters that arrived at other line settings than its own. */
    public long framingErrors() {
        lock.lock();
        try {
            return framingErrors;
        } finally {
            lock.unlock();
        }
    }
}
