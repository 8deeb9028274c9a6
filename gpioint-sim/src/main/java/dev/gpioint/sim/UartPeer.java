package dev.gpioint.sim;

import dev.gpioint.serial.UartSettings;

/**
 * What sits at the far end of a simulated UART: it receives each character when its last bit has arrived, sent with
 * the line settings of the sender, and answers (if at all) through {@link SimUartController#deliver}.
 */
public interface UartPeer {
    /**
     * Character {@code value} arrived, sent at {@code framing} (baud rate, data bits, parity, stop bits): a peer
     * set to other settings sees a framing error instead of the character.
     */
    void receive(int value, UartSettings framing);
}
