package dev.gpioint.serial;

import dev.gpioint.resource.ResourceList;
import dev.gpioint.wdf.WdfDevice;

/**
 * What a serial (UART) controller driver gives the serial class extension, after SerCx2's programmed-I/O model: it
 * programs line settings, moves bytes between caller buffers and the hardware FIFOs without ever waiting, and, when
 * asked, tells the extension once that received data is waiting ({@link SerialController#receiveReady()}, called
 * from its DPC). The extension serializes configuration and transmission (PASSIVE_LEVEL); reception may be called
 * up to DISPATCH_LEVEL.
 */
public interface SerialControllerClient {
    /**
     * Maps registers and creates the controller's interrupts; called from prepare-hardware. {@code port} is the
     * extension's object to notify ({@code SerCx2PioReceiveReady}).
     */
    void prepare(WdfDevice device, ResourceList raw, ResourceList translated, SerialController port);

    /** Releases what prepare took. */
    default void release() {
    }

    /**
     * {@code EvtSerCx2ApplyConfig} and the line-setting requests ({@code IOCTL_SERIAL_SET_BAUD_RATE},
     * {@code _SET_LINE_CONTROL}, {@code _SET_HANDFLOW}): programs all of {@code settings}, or throws
     * {@link dev.gpioint.status.NtStatusException} naming the first setting the hardware cannot do and leaves the line
     * as it was. PASSIVE_LEVEL.
     */
    void configure(UartSettings settings);

    /** {@code EvtSerCx2PioTransmitWriteBuffer}: moves up to {@code length} bytes to the transmit FIFO; returns how many. */
    int transmit(byte[] data, int offset, int length);

    /**
     * {@code EvtSerCx2PioReceiveReadBuffer}: moves what the receive FIFO holds, up to {@code length} bytes, into
     * {@code buffer}; returns how many, 0 when it is empty. Never waits. At most DISPATCH_LEVEL.
     */
    int receive(byte[] buffer, int offset, int length);

    /**
     * {@code EvtSerCx2PioReceiveEnableReadyNotification}: arms the receive interrupt; once a byte is waiting (now or
     * later) the driver calls {@link SerialController#receiveReady()} once, from its DPC, and disarms it.
     */
    void enableReceiveReadyNotification();

    /** {@code EvtSerCx2PioReceiveCancelReadyNotification}: disarms it; true when it had not fired. */
    boolean cancelReceiveReadyNotification();
}
