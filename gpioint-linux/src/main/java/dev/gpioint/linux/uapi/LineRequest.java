package dev.gpioint.linux.uapi;

import static dev.gpioint.linux.uapi.GpioUapi.*;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Lines requested from a chip (the anonymous "gpio-line" fd the kernel returned): values, live
 * reconfiguration and edge events. Reading counts the events the kernel's queue dropped (a sequence-number
 * gap, see {@link SequenceGapCounter}) and exposes them per event and in total, never hiding them.
 *
 * <p>Values and reconfiguration may be called from any thread; reading belongs to one thread at a time (the
 * gap counter follows the read order). Closing releases the lines; a read or poll blocked in another thread then
 * fails with EBADF, as the kernel documents.
 */
public final class LineRequest implements AutoCloseable {
    private final String chip;
    private final int fd;
    private final int[] offsets;
    private final SequenceGapCounter gaps;
    private volatile LineConfig config;
    private volatile boolean closed;

    LineRequest(String chip, int fd, LineConfig config) {
        this.chip = chip;
        this.fd = fd;
        this.config = config;
        this.offsets = config.offsets();
        this.gaps = new SequenceGapCounter(offsets.length);
    }

    /** The request fd, for epoll; readable when events are queued, hang-up when the chip is gone. */
    public int fd() {
        return fd;
    }

    public String chip() {
        return chip;
    }

    /** Requested offsets in request order. */
    public int[] offsets() {
        return offsets.clone();
    }

    public LineConfig config() {
        return config;
    }

    private OptionalInt single() {
        return offsets.length == 1 ? OptionalInt.of(offsets[0]) : OptionalInt.empty();
    }

    private int index(int offset) {
        for (int i = 0; i < offsets.length; i++) {
            if (offsets[i] == offset) {
                return i;
            }
        }
        throw new LinuxGpioException(chip, OptionalInt.of(offset), "line is not part of this request " + java.util.Arrays.toString(offsets));
    }

    /** The logical values (active = true) of every requested line, by offset, in request order. */
    public Map<Integer, Boolean> values() {
        long bits = readBits(offsets.length == 64 ? -1L : (1L << offsets.length) - 1);
        var values = new LinkedHashMap<Integer, Boolean>();
        for (int i = 0; i < offsets.length; i++) {
            values.put(offsets[i], (bits >>> i & 1) != 0);
        }
        return values;
    }

    /** The logical value of one requested line. */
    public boolean value(int offset) {
        int i = index(offset);
        return (readBits(1L << i) >>> i & 1) != 0;
    }

    /**
     * GET_VALUES for the request indices in {@code mask}; bit i of the result is request index i. Allocates a
     * small native buffer per call from a confined arena.
     */
    public long readBits(long mask) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment v = arena.allocate(LINE_VALUES);
            v.set(JAVA_LONG, offset(LINE_VALUES, "mask"), mask);
            if (Libc.ioctl(fd, V2_LINE_GET_VALUES_IOCTL, v) < 0) {
                throw new LinuxGpioException(chip, single(), "GPIO_V2_LINE_GET_VALUES_IOCTL", Libc.errno());
            }
            return v.get(JAVA_LONG, offset(LINE_VALUES, "bits")) & mask;
        }
    }

    /** Drives the given output lines to the given logical values; EPERM if one of them is an input. */
    public void setValues(Map<Integer, Boolean> values) {
        long mask = 0;
        long bits = 0;
        for (var e : values.entrySet()) {
            int i = index(e.getKey());
            mask |= 1L << i;
            bits |= e.getValue() ? 1L << i : 0;
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment v = arena.allocate(LINE_VALUES);
            v.set(JAVA_LONG, offset(LINE_VALUES, "bits"), bits);
            v.set(JAVA_LONG, offset(LINE_VALUES, "mask"), mask);
            if (Libc.ioctl(fd, V2_LINE_SET_VALUES_IOCTL, v) < 0) {
                throw new LinuxGpioException(chip, single(), "GPIO_V2_LINE_SET_VALUES_IOCTL", Libc.errno());
            }
        }
    }

    /**
     * Applies {@code newConfig} to the live request (SET_CONFIG); it must name the same lines in the same
     * order. Events already queued stay queued.
     */
    public void reconfigure(LineConfig newConfig) {
        if (!java.util.Arrays.equals(newConfig.offsets(), offsets)) {
            throw new IllegalArgumentException("a reconfiguration must keep the lines " + java.util.Arrays.toString(offsets)
                    + ", not " + java.util.Arrays.toString(newConfig.offsets()));
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment c = arena.allocate(LINE_CONFIG);
            newConfig.encode(c);
            if (Libc.ioctl(fd, V2_LINE_SET_CONFIG_IOCTL, c) < 0) {
                throw new LinuxGpioException(chip, single(), "GPIO_V2_LINE_SET_CONFIG_IOCTL", Libc.errno());
            }
        }
        config = newConfig;
    }

    /** True when events are queued within {@code timeout} (negative: wait forever). */
    public boolean waitForEvents(Duration timeout) {
        return Poll.readable(fd, timeout, chip, single());
    }

    /**
     * Reads the queued events into {@code buffer} (blocks while none are queued). Returns the number read and
     * accounts sequence gaps: {@link #lostEvents()} and the buffer's per-event {@code lostBefore}. Fails with
     * ENODEV once the chip is gone.
     */
    public int read(EdgeEventBuffer buffer) {
        while (true) {
            long n = Libc.read(fd, buffer.segment(), (long) buffer.capacity() * EdgeEventBuffer.EVENT_SIZE);
            if (n < 0) {
                int errno = Libc.errno();
                if (errno == Errno.EINTR) {
                    continue;
                }
                if (errno == Errno.EAGAIN) {
                    buffer.setCount(0);
                    return 0;
                }
                if (errno == Errno.ENODEV) {
                    throw new LinuxGpioException(chip, single(), "the chip was removed while its lines were requested ("
                            + Errno.name(errno) + " on read)");
                }
                throw new LinuxGpioException(chip, single(), "read edge events", errno);
            }
            int count = (int) (n / EdgeEventBuffer.EVENT_SIZE);
            buffer.setCount(count);
            for (int i = 0; i < count; i++) {
                buffer.setLostBefore(i, gaps.accept(buffer.seqno(i), buffer.lineSeqno(i)));
            }
            return count;
        }
    }

    /** Events the kernel dropped from this request's queue so far (sequence gaps). */
    public long lostEvents() {
        return gaps.lost();
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            Libc.close(fd);
        }
    }

    public boolean isClosed() {
        return closed;
    }
}
