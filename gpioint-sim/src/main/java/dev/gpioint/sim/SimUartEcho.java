package dev.gpioint.sim;

import dev.gpioint.kernel.HardwareLock;
import dev.gpioint.serial.UartSettings;
import java.time.Duration;

/**
 * A UART peer that sends back every character it receives, at the settings it was sent with, as soon as it has
 * arrived: the stand-in for UART peripherals gpioint does not model, and a loopback for tests.
 */
public final class SimUartEcho implements UartPeer {
    private final SimUartController uart;
    private final HardwareLock lock;
    private long echoed;

    /** An echo on {@code uart}'s wire. */
    public SimUartEcho(SimUartController uart) {
        this.uart = uart;
        this.lock = new HardwareLock(uart.machine());
        uart.attach(this);
    }

    @Override
    public void receive(int value, UartSettings framing) {
        lock.lock();
        try {
            echoed++;
        } finally {
            lock.unlock();
        }
        uart.send(new byte[] {(byte) value}, framing, Duration.ZERO);
    }

    /** Characters sent back. */
    public long echoed() {
        lock.lock();
        try {
            return echoed;
        } finally {
            lock.unlock();
        }
    }
}
