package dev.gpioint.sim;

import dev.gpioint.kernel.HardwareLock;
import dev.gpioint.kernel.Machine;
import dev.gpioint.kernel.MmioDevice;
import dev.gpioint.serial.UartSettings;
import java.time.Duration;

/**
 * A register-level UART with a wire to a {@link UartPeer}. Read-only capability registers give its shape
 * ({@link #MAX_BAUD}, {@link #CAPABILITIES}); a driver programs {@link #BAUD} and {@link #LINE}, writes characters to
 * {@link #TX} and reads them from {@link #RX}. Characters take their time on the wire: each leaves the transmitter a
 * character time (start, data, parity and stop bits at the baud rate) after the one before and reaches the peer then.
 * Received characters wait in a {@value #FIFO_SIZE}-character FIFO ({@link #STATUS}: RX_READY and the count); one
 * arriving at other line settings than those programmed (baud rate off by more than 2%, another frame) is a framing
 * error and is dropped, one arriving at a full FIFO an overrun. As on a 16550, the receiver asks for service
 * ({@link #RX_SERVICE}) when the FIFO reaches {@value #TRIGGER_LEVEL} characters, or when characters wait and none has
 * arrived for {@value #TIMEOUT_CHARACTERS} character times (the character timeout): a burst is read at once, not a
 * character at a time. The interrupt output is asserted while RX_SERVICE is set and RX_READY enabled in
 * {@link #INTERRUPT_ENABLE}. Hardware flow control is accepted but not modelled: the peer always may send.
 */
public final class SimUartController implements MmioDevice {
    /** Read-only: the highest baud rate. */
    public static final int MAX_BAUD = 0x00;
    /**
     * Read-only: bits 0-4 data bits 5 to 9 supported; bits 8-12 parity none, even, odd, mark, space; bits 16-19 stop
     * bits none, 1, 1.5, 2; {@link #CAP_HARDWARE_FLOW} for RTS/CTS.
     */
    public static final int CAPABILITIES = 0x04;
    public static final int BAUD = 0x08;
    /** Data bits in bits 0-3, parity (0 none .. 4 space) in bits 4-6, stop bits (0 none .. 3 two) in bits 8-9, {@link #LINE_HARDWARE_FLOW}. */
    public static final int LINE = 0x0C;
    public static final int TX = 0x10;
    public static final int RX = 0x14;
    /**
     * {@link #RX_READY}, {@link #RX_SERVICE}, the received count in bits 8-15, {@link #OVERRUN} and
     * {@link #FRAMING_ERROR} (write 1 to clear).
     */
    public static final int STATUS = 0x18;
    public static final int INTERRUPT_ENABLE = 0x1C;
    public static final int SIZE = 0x20;

    public static final int CAP_HARDWARE_FLOW = 1 << 24;
    public static final int LINE_HARDWARE_FLOW = 1 << 12;
    public static final int RX_READY = 1;
    /** The receiver asks for service: the FIFO is at its trigger level, or the character timeout passed. */
    public static final int RX_SERVICE = 1 << 1;
    public static final int OVERRUN = 1 << 16;
    public static final int FRAMING_ERROR = 1 << 17;
    public static final int FIFO_SIZE = 64;
    public static final int TRIGGER_LEVEL = 32;
    public static final int TIMEOUT_CHARACTERS = 4;

    private final Machine machine;
    private final HardwareLock lock;
    private final SignalSink interrupt;
    private final int maxBaud;
    private final int capabilities;
    private final byte[] fifo = new byte[FIFO_SIZE];
    private int head;
    private int count;
    private int baud = (int) UartSettings.RESET.baudRate();
    private int line = 8;
    private int status;
    private int interruptEnable;
    private long transmitterFreeAt;
    private long lastArrival = -1;
    private boolean timedOut;
    private UartPeer peer;
    private long framingErrors;
    private long overruns;

    /**
     * A UART decoding {@code decoded} bytes from {@code base} (at least {@link #SIZE}), with the given shape, its
     * interrupt output driving {@code interrupt} (true while asserted).
     */
    public SimUartController(Machine machine, String name, long base, long decoded, SignalSink interrupt, int maxBaud, int capabilities) {
        this.machine = machine;
        this.lock = new HardwareLock(machine);
        this.interrupt = interrupt;
        this.maxBaud = maxBaud;
        this.capabilities = capabilities;
        machine.memory().attach(base, Math.max(SIZE, decoded), this, name);
        interrupt.drive(false);
    }

    public Machine machine() {
        return machine;
    }

    /** Wires {@code value} to the far end. */
    public void attach(UartPeer value) {
        lock.lock();
        try {
            if (peer != null) {
                throw new IllegalArgumentException("the UART already has a peer");
            }
            peer = value;
        } finally {
            lock.unlock();
        }
    }

    /** Whether something is wired to the far end. */
    public boolean hasPeer() {
        lock.lock();
        try {
            return peer != null;
        } finally {
            lock.unlock();
        }
    }

    /** The line settings programmed now. */
    public UartSettings settings() {
        lock.lock();
        try {
            return decode(baud, line);
        } finally {
            lock.unlock();
        }
    }

    /** Character {@code value}, sent by the peer at {@code framing}, arrives now. */
    public void deliver(int value, UartSettings framing) {
        lock.lock();
        try {
            if (!sameFrame(framing, decode(baud, line))) {
                framingErrors++;
                status |= FRAMING_ERROR;
                return;
            }
            if (count == FIFO_SIZE) {
                overruns++;
                status |= OVERRUN;
                return;
            }
            fifo[(head + count) % FIFO_SIZE] = (byte) value;
            count++;
            timedOut = false;
            long arrival = machine.nanoTime();
            lastArrival = arrival;
            machine.schedule(Duration.ofNanos(TIMEOUT_CHARACTERS * characterNanos(framing)), () -> characterTimeout(arrival));
            updateInterrupt();
        } finally {
            lock.unlock();
        }
    }

    /**
     * For a peer: sends {@code data} at {@code framing}, the first character starting after {@code delay}, each
     * arriving a character time after the one before.
     */
    public void send(byte[] data, UartSettings framing, Duration delay) {
        long characterNanos = characterNanos(framing);
        for (int i = 0; i < data.length; i++) {
            int value = data[i] & 0xFF;
            machine.schedule(delay.plusNanos(characterNanos * (i + 1)), () -> deliver(value, framing));
        }
    }

    /** Nanoseconds one character takes on the wire at {@code settings}. */
    public static long characterNanos(UartSettings settings) {
        return Math.max(1, settings.bitsPerCharacter() * 1_000_000_000L / settings.baudRate());
    }

    public long framingErrors() {
        lock.lock();
        try {
            return framingErrors;
        } finally {
            lock.unlock();
        }
    }

    public long overruns() {
        lock.lock();
        try {
            return overruns;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public int read32(long offset) {
        lock.lock();
        try {
            return switch ((int) offset) {
                case MAX_BAUD -> maxBaud;
                case CAPABILITIES -> capabilities;
                case BAUD -> baud;
                case LINE -> line;
                case RX -> pop();
                case STATUS -> status | (count > 0 ? RX_READY : 0) | (service() ? RX_SERVICE : 0) | Math.min(count, 0xFF) << 8;
                case INTERRUPT_ENABLE -> interruptEnable;
                default -> 0;
            };
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void write32(long offset, int value) {
        lock.lock();
        try {
            switch ((int) offset) {
                case BAUD -> baud = value;
                case LINE -> line = value;
                case TX -> transmit(value & 0xFF);
                case STATUS -> status &= ~(value & (OVERRUN | FRAMING_ERROR));
                case INTERRUPT_ENABLE -> {
                    interruptEnable = value;
                    updateInterrupt();
                }
                default -> {
                    // read-only or unused
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** The character timeout of the character that arrived at {@code arrival}: passed, unless another came since. */
    private void characterTimeout(long arrival) {
        lock.lock();
        try {
            if (lastArrival == arrival && count > 0) {
                timedOut = true;
                updateInterrupt();
            }
        } finally {
            lock.unlock();
        }
    }

    private boolean service() {
        return count >= TRIGGER_LEVEL || (timedOut && count > 0);
    }

    private int pop() {
        if (count == 0) {
            return 0;
        }
        int value = fifo[head] & 0xFF;
        head = (head + 1) % FIFO_SIZE;
        count--;
        updateInterrupt();
        return value;
    }

    private void transmit(int value) {
        UartSettings framing = decode(baud, line);
        long now = machine.nanoTime();
        long arrives = Math.max(now, transmitterFreeAt) + characterNanos(framing);
        transmitterFreeAt = arrives;
        UartPeer to = peer;
        if (to != null) {
            machine.schedule(Duration.ofNanos(arrives - now), () -> to.receive(value, framing));
        }
    }

    private void updateInterrupt() {
        interrupt.drive(service() && (interruptEnable & RX_READY) != 0);
    }

    /** The settings {@code baudRate} and a {@link #LINE} value stand for (an unusable value reads as the reset settings). */
    static UartSettings decode(int baudRate, int lineValue) {
        try {
            return new UartSettings(Integer.toUnsignedLong(baudRate), lineValue & 0xF,
                    UartSettings.Parity.values()[Math.min((lineValue >>> 4) & 0x7, 4)],
                    UartSettings.StopBits.values()[(lineValue >>> 8) & 0x3],
                    (lineValue & LINE_HARDWARE_FLOW) != 0 ? UartSettings.FlowControl.HARDWARE : UartSettings.FlowControl.NONE);
        } catch (IllegalArgumentException unusable) {
            return UartSettings.RESET;
        }
    }

    /** The same frame at baud rates within 2% of each other: what a receiver can follow. */
    public static boolean sameFrame(UartSettings a, UartSettings b) {
        return a.dataBits() == b.dataBits() && a.parity() == b.parity() && a.stopBits() == b.stopBits()
                && Math.abs(a.baudRate() - b.baudRate()) * 50 <= b.baudRate();
    }
}
