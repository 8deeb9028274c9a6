package dev.gpioint.sim.board;

import dev.gpioint.serial.UartSettings;
import dev.gpioint.sim.SimUartController;
import java.util.List;
import java.util.Set;

/**
 * The shape of a family of real UART controllers as far as it is public: the IDs firmware gives it, its fastest baud
 * rate, the character frames and flow control it supports.
 *
 * @param family       a name for messages ("Qualcomm GENI UART")
 * @param ids          the {@code _HID}/{@code _CID} values of the family, matched without regard to case
 * @param maxBaud      the fastest baud rate
 * @param minDataBits  the shortest character
 * @param maxDataBits  the longest character (at most 9)
 * @param parities     the parities it can generate and check
 * @param stopBits     the stop bit counts it can send
 * @param hardwareFlow whether it has RTS/CTS flow control
 * @param basis        where the shape comes from, for the documentation
 */
public record UartControllerModel(String family, List<String> ids, int maxBaud, int minDataBits, int maxDataBits,
                                  Set<UartSettings.Parity> parities, Set<UartSettings.StopBits> stopBits, boolean hardwareFlow,
                                  String basis) {
    public UartControllerModel {
        ids = List.copyOf(ids);
        parities = Set.copyOf(parities);
        stopBits = Set.copyOf(stopBits);
        if (minDataBits < 5 || maxDataBits > 9 || minDataBits > maxDataBits) {
            throw new IllegalArgumentException("data bits " + minDataBits + " to " + maxDataBits);
        }
    }

    /** The {@link SimUartController#CAPABILITIES} register. */
    public int capabilities() {
        int value = hardwareFlow ? SimUartController.CAP_HARDWARE_FLOW : 0;
        for (int bits = minDataBits; bits <= maxDataBits; bits++) {
            value |= 1 << (bits - 5);
        }
        for (UartSettings.Parity parity : parities) {
            value |= 1 << (8 + parity.ordinal());
        }
        for (UartSettings.StopBits stop : stopBits) {
            value |= 1 << (16 + stop.ordinal());
        }
        return value;
    }
}
