package dev.gpioint.drivers.simuart;

import dev.gpioint.kernel.RegisterWindow;
import dev.gpioint.resource.InterruptFlags;
import dev.gpioint.resource.ResourceDescriptor;
import dev.gpioint.resource.ResourceList;
import dev.gpioint.resource.ResourceType;
import dev.gpioint.serial.SerialController;
import dev.gpioint.serial.SerialControllerClient;
import dev.gpioint.serial.UartSettings;
import dev.gpioint.status.NtStatus;
import dev.gpioint.status.NtStatusException;
import dev.gpioint.wdf.WdfDevice;
import dev.gpioint.wdf.WdfInterrupt;
import dev.gpioint.wdf.WdfInterruptConfig;

/**
 * The client for the simulated register-level UART, in SerCx2's programmed-I/O model. It reads the controller's
 * limits from its capability registers and refuses settings beyond them. The receive interrupt (its first
 * Interrupt() resource, at DIRQL) is armed only while the serial class extension wants to hear of received data; the
 * receiver raises it for a full-enough FIFO or once a burst has ended (the character timeout), and the ISR disarms it
 * (which releases the level line) and its DPC tells the extension. Other interrupt resources (the RX
 * wake GpioInt of Qualcomm's UARTs) are connected at PASSIVE and only claimed: the wake path belongs to power
 * management, which is not modelled.
 */
final class SimUartControllerClient implements SerialControllerClient {
    private static final int MAX_BAUD = 0x00;
    private static final int CAPABILITIES = 0x04;
    private static final int BAUD = 0x08;
    private static final int LINE = 0x0C;
    private static final int TX = 0x10;
    private static final int RX = 0x14;
    private static final int STATUS = 0x18;
    private static final int INTERRUPT_ENABLE = 0x1C;
    private static final int CAP_HARDWARE_FLOW = 1 << 24;
    private static final int LINE_HARDWARE_FLOW = 1 << 12;
    private static final int RX_READY = 1;
    private static final int RX_SERVICE = 1 << 1;

    private RegisterWindow registers;
    private SerialController port;
    private WdfInterrupt receiveInterrupt;
    private long maxBaud;
    private int capabilities;
    private volatile long wakeInterrupts;

    @Override
    public void prepare(WdfDevice device, ResourceList raw, ResourceList translated, SerialController serialPort) {
        this.port = serialPort;
        int receive = -1;
        for (int i = 0; i < translated.size(); i++) {
            ResourceDescriptor descriptor = translated.get(i);
            if (descriptor.type() == ResourceType.MEMORY && registers == null) {
                registers = device.mapIoSpace(descriptor);
            } else if (descriptor.isInterrupt()) {
                if (receive < 0 && (descriptor.flags() & InterruptFlags.SECONDARY_INTERRUPT) == 0) {
                    receive = i;
                    receiveInterrupt = device.createInterrupt(WdfInterruptConfig.init(this::receiveIsr, this::receiveDpc)
                            .interruptRaw(raw.get(i)).interruptTranslated(descriptor));
                } else {
                    device.createInterrupt(WdfInterruptConfig.init(this::wakeIsr, null).passiveHandling(true)
                            .interruptRaw(raw.get(i)).interruptTranslated(descriptor));
                }
            }
        }
        if (registers == null) {
            throw new NtStatusException(NtStatus.DEVICE_CONFIGURATION_ERROR, device.path() + ": the UART needs a memory resource");
        }
        if (receiveInterrupt == null) {
            throw new NtStatusException(NtStatus.DEVICE_CONFIGURATION_ERROR, device.path()
                    + ": the UART needs an Interrupt() resource to hear of received data");
        }
        maxBaud = Integer.toUnsignedLong(registers.read32(MAX_BAUD));
        capabilities = registers.read32(CAPABILITIES);
        if (maxBaud == 0) {
            throw new NtStatusException(NtStatus.DEVICE_CONFIGURATION_ERROR, device.path()
                    + ": no UART answers at its memory resource (its fastest baud rate reads 0)");
        }
        registers.write32(INTERRUPT_ENABLE, 0);
    }

    @Override
    public void release() {
        registers = null;
        receiveInterrupt = null;
    }

    @Override
    public void configure(UartSettings settings) {
        if (settings.baudRate() > maxBaud) {
            throw new NtStatusException(NtStatus.NOT_SUPPORTED, settings.baudRate() + " baud is above its fastest, " + maxBaud + " baud");
        }
        if ((capabilities & 1 << (settings.dataBits() - 5)) == 0) {
            throw new NtStatusException(NtStatus.NOT_SUPPORTED, "it has no " + settings.dataBits() + "-bit characters");
        }
        if ((capabilities & 1 << (8 + settings.parity().ordinal())) == 0) {
            throw new NtStatusException(NtStatus.NOT_SUPPORTED, "it has no " + settings.parity().name().toLowerCase(java.util.Locale.ROOT)
                    + " parity");
        }
        if ((capabilities & 1 << (16 + settings.stopBits().ordinal())) == 0) {
            throw new NtStatusException(NtStatus.NOT_SUPPORTED, "it cannot send " + settings.stopBits().name().toLowerCase(java.util.Locale.ROOT)
                    .replace('_', ' ') + " stop bits");
        }
        boolean hardwareFlow = settings.flowControl() == UartSettings.FlowControl.HARDWARE;
        if (hardwareFlow && (capabilities & CAP_HARDWARE_FLOW) == 0) {
            throw new NtStatusException(NtStatus.NOT_SUPPORTED, "it has no RTS/CTS flow control");
        }
        registers.write32(BAUD, (int) settings.baudRate());
        registers.write32(LINE, settings.dataBits() | settings.parity().ordinal() << 4 | settings.stopBits().ordinal() << 8
                | (hardwareFlow ? LINE_HARDWARE_FLOW : 0));
    }

    @Override
    public int transmit(byte[] data, int offset, int length) {
        for (int i = 0; i < length; i++) {
            registers.write32(TX, data[offset + i] & 0xFF);
        }
        return length;
    }

    @Override
    public int receive(byte[] buffer, int offset, int length) {
        int moved = 0;
        while (moved < length && (registers.read32(STATUS) & RX_READY) != 0) {
            buffer[offset + moved++] = (byte) registers.read32(RX);
        }
        return moved;
    }

    @Override
    public void enableReceiveReadyNotification() {
        withInterruptLock(() -> registers.write32(INTERRUPT_ENABLE, registers.read32(INTERRUPT_ENABLE) | RX_READY));
    }

    @Override
    public boolean cancelReceiveReadyNotification() {
        boolean[] armed = new boolean[1];
        withInterruptLock(() -> {
            int enabled = registers.read32(INTERRUPT_ENABLE);
            registers.write32(INTERRUPT_ENABLE, enabled & ~RX_READY);
            armed[0] = (enabled & RX_READY) != 0;
        });
        return armed[0];
    }

    /** Runs {@code change} to the interrupt-enable register under the receive interrupt's lock, when it is connected. */
    private void withInterruptLock(Runnable change) {
        if (!receiveInterrupt.isConnected()) {
            change.run(); // no ISR can run
            return;
        }
        receiveInterrupt.acquireLock();
        try {
            change.run();
        } finally {
            receiveInterrupt.releaseLock();
        }
    }

    /**
     * The receiver asks for service (its FIFO at the trigger level, or the character timeout passed) and the
     * notification is armed: disarm it (the line drops) and report from the DPC.
     */
    private boolean receiveIsr(WdfInterrupt interrupt, int messageId) {
        int enabled = registers.read32(INTERRUPT_ENABLE);
        if ((enabled & RX_READY) == 0 || (registers.read32(STATUS) & RX_SERVICE) == 0) {
            return false;
        }
        registers.write32(INTERRUPT_ENABLE, enabled & ~RX_READY);
        interrupt.queueDpcForIsr();
        return true;
    }

    private void receiveDpc(WdfInterrupt interrupt) {
        port.receiveReady();
    }

    /** The RX wake line: claimed and counted (no power management to wake). */
    private boolean wakeIsr(WdfInterrupt interrupt, int messageId) {
        wakeInterrupts++;
        return true;
    }
}
