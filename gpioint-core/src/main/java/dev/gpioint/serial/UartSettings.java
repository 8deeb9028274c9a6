package dev.gpioint.serial;

import dev.gpioint.firmware.UartSerialBus;
import java.util.Objects;

/**
 * A serial port's line settings, what {@code IOCTL_SERIAL_GET_BAUD_RATE}, {@code _GET_LINE_CONTROL} and
 * {@code _GET_HANDFLOW} report together. Immutable.
 *
 * @param baudRate bits per second, at least 1
 * @param dataBits 5 to 9
 */
public record UartSettings(long baudRate, int dataBits, Parity parity, StopBits stopBits, FlowControl flowControl) {
    /** A port's settings until its driver applies others: 115200 baud 8N1, no flow control. */
    public static final UartSettings RESET = new UartSettings(115_200, 8, Parity.NONE, StopBits.ONE, FlowControl.NONE);

    /** Parity, in the ACPI descriptor's order (0 none, 1 even, 2 odd, 3 mark, 4 space). */
    public enum Parity {
        NONE, EVEN, ODD, MARK, SPACE;

        char letter() {
            return "NEOMS".charAt(ordinal());
        }
    }

    /** Stop bits, in the ACPI descriptor's order (0 none, 1 one, 2 one and a half, 3 two). */
    public enum StopBits {
        NONE("0"), ONE("1"), ONE_AND_A_HALF("1.5"), TWO("2");

        private final String text;

        StopBits(String text) {
            this.text = text;
        }
    }

    /** Flow control, in the ACPI descriptor's order (0 none, 1 hardware RTS/CTS, 2 XON/XOFF). */
    public enum FlowControl {
        NONE, HARDWARE, XON_XOFF
    }

    public UartSettings {
        Objects.requireNonNull(parity, "parity");
        Objects.requireNonNull(stopBits, "stopBits");
        Objects.requireNonNull(flowControl, "flowControl");
        if (baudRate < 1) {
            throw new IllegalArgumentException("a baud rate of " + baudRate + " is not a rate");
        }
        if (dataBits < 5 || dataBits > 9) {
            throw new IllegalArgumentException(dataBits + " data bits: a UART character has 5 to 9");
        }
    }

    /** The settings a UartSerialBusV2 descriptor gives its connection; IllegalArgumentException for a baud rate of 0. */
    public static UartSettings of(UartSerialBus connection) {
        return new UartSettings(connection.baudRate(), connection.dataBits(), Parity.values()[connection.parity()],
                StopBits.values()[connection.stopBits()], FlowControl.values()[connection.flowControl()]);
    }

    public UartSettings withBaudRate(long value) {
        return new UartSettings(value, dataBits, parity, stopBits, flowControl);
    }

    public UartSettings withLineControl(int bits, Parity newParity, StopBits newStopBits) {
        return new UartSettings(baudRate, bits, newParity, newStopBits, flowControl);
    }

    public UartSettings withFlowControl(FlowControl value) {
        return new UartSettings(baudRate, dataBits, parity, stopBits, value);
    }

    /** Bits on the wire per character: a start bit, the data bits, the parity bit if any and the stop bits (rounded up). */
    public int bitsPerCharacter() {
        int stop = switch (stopBits) {
            case NONE -> 0;
            case ONE -> 1;
            case ONE_AND_A_HALF, TWO -> 2;
        };
        return 1 + dataBits + (parity == Parity.NONE ? 0 : 1) + stop;
    }

    /** "115200 baud 8N1, no flow control". */
    @Override
    public String toString() {
        return baudRate + " baud " + dataBits + parity.letter() + stopBits.text + ", " + switch (flowControl) {
            case NONE -> "no flow control";
            case HARDWARE -> "hardware flow control";
            case XON_XOFF -> "XON/XOFF flow control";
        };
    }
}
