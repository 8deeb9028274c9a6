package dev.gpioint.firmware;

import java.util.Objects;
import java.util.Optional;

/**
 * A UART connection ({@code UartSerialBusV2}). Becomes a SERIAL/UART connection resource.
 *
 * @param baudRate   initial baud rate
 * @param dataBits   5 to 9
 * @param stopBits   encoded as ACPI does: 0 none, 1 one, 2 one and a half, 3 two
 * @param parity     ACPI parity code: 0 none, 1 even, 2 odd, 3 mark, 4 space
 * @param flowControl ACPI flow control: 0 none, 1 hardware, 2 XON/XOFF
 * @param linesInUse bit mask of the serial lines in use (ACPI order)
 * @param bigEndian  true for big-endian bit order
 */
public record UartSerialBus(NamePath controller, long baudRate, int dataBits, int stopBits, int parity, int flowControl,
                            int receiveBufferSize, int transmitBufferSize, int linesInUse, boolean bigEndian,
                            boolean controllerInitiated, Sharing sharing, VendorData vendorData) implements FirmwareResource {

    public UartSerialBus {
        Objects.requireNonNull(controller, "controller");
        Objects.requireNonNull(sharing, "sharing");
        Objects.requireNonNull(vendorData, "vendorData");
        Ranges.check("baud rate", baudRate, 0, 0xFFFF_FFFFL);
        Ranges.check("data bits", dataBits, 5, 9);
        Ranges.check("stop bits", stopBits, 0, 3);
        Ranges.check("parity", parity, 0, 4);
        Ranges.check("flow control", flowControl, 0, 2);
        Ranges.check("receive buffer size", receiveBufferSize, 0, 0xFFFF);
        Ranges.check("transmit buffer size", transmitBufferSize, 0, 0xFFFF);
        Ranges.check("lines in use", linesInUse, 0, 0xFF);
    }

    @Override
    public Optional<NamePath> resourceSource() {
        return Optional.of(controller);
    }

    @Override
    public String kind() {
        return "UartSerialBusV2";
    }

    /** The line settings in the usual short form: data bits, parity letter, stop bits ("8N1", "7E1.5"). */
    public String frame() {
        return dataBits + "NEOMS".substring(parity, parity + 1) + switch (stopBits) {
            case 0 -> "0";
            case 1 -> "1";
            case 2 -> "1.5";
            default -> "2";
        };
    }

    /** "UartSerialBusV2 to \_SB.UAR3, 115200 baud 8N1, hardware flow control", for messages. */
    public String describe() {
        return kind() + " to " + controller + ", " + baudRate + " baud " + frame() + ", " + switch (flowControl) {
            case 0 -> "no flow control";
            case 1 -> "hardware flow control";
            default -> "XON/XOFF flow control";
        };
    }
}
