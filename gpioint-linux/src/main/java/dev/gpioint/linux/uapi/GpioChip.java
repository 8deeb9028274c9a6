package dev.gpioint.linux.uapi;

import static dev.gpioint.linux.uapi.GpioUapi.*;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An open GPIO character device ({@code /dev/gpiochipN}): chip and line information, line-info watches, and
 * line requests. Opening checks that the kernel speaks uAPI v2 (Linux 5.10+) so that an old kernel gives one
 * clear message instead of EINVAL on the first request. Requests outlive the chip handle (closing the chip fd
 * does not release them). Methods are thread-safe; {@link #close} must not race with them.
 */
public final class GpioChip implements AutoCloseable {
    private final String path;
    private final int fd;
    private final ChipInfo info;
    private volatile boolean closed;

    private GpioChip(String path, int fd, ChipInfo info) {
        this.path = path;
        this.fd = fd;
        this.info = info;
    }

    /** Opens {@code path}; fails naming the path and the errno (ENOENT, EACCES, ENOTTY for a non-GPIO device...). */
    public static GpioChip open(String path) {
        int fd;
        try (Arena arena = Arena.ofConfined()) {
            fd = Libc.open(arena.allocateFrom(path), Libc.O_RDWR | Libc.O_CLOEXEC);
        }
        if (fd < 0) {
            int errno = Libc.errno();
            if (errno == Errno.ENOENT) {
                throw new LinuxGpioException(path, OptionalInt.empty(), "no such GPIO chip (is the driver loaded?)");
            }
            throw new LinuxGpioException(path, OptionalInt.empty(), "open", errno);
        }
        try {
            ChipInfo info = readInfo(path, fd);
            GpioChip chip = new GpioChip(path, fd, info);
            if (info.lines() > 0) {
                chip.requireUapiV2();
            }
            return chip;
        } catch (RuntimeException e) {
            Libc.close(fd);
            throw e;
        }
    }

    private static ChipInfo readInfo(String path, int fd) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment s = arena.allocate(CHIP_INFO);
            if (Libc.ioctl(fd, GET_CHIPINFO_IOCTL, s) < 0) {
                int errno = Libc.errno();
                if (errno == Errno.ENOTTY || errno == Errno.EINVAL) {
                    throw new LinuxGpioException(path, OptionalInt.empty(), "is not a GPIO character device ("
                            + Errno.name(errno) + " on GPIO_GET_CHIPINFO_IOCTL)");
                }
                throw new LinuxGpioException(path, OptionalInt.empty(), "GPIO_GET_CHIPINFO_IOCTL", errno);
            }
            return new ChipInfo(path, string(s, offset(CHIP_INFO, "name")), string(s, offset(CHIP_INFO, "label")),
                    s.get(JAVA_INT, offset(CHIP_INFO, "lines")));
        }
    }

    private void requireUapiV2() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment s = arena.allocate(LINE_INFO);
            if (Libc.ioctl(fd, V2_GET_LINEINFO_IOCTL, s) < 0) {
                int errno = Libc.errno();
                if (errno == Errno.ENOTTY || errno == Errno.EINVAL) {
                    throw new LinuxGpioException(label(), OptionalInt.empty(), "the kernel does not support the GPIO uAPI v2 ("
                            + Errno.name(errno) + " on GPIO_V2_GET_LINEINFO_IOCTL); gpioint needs Linux 5.10 or later with CONFIG_GPIO_CDEV");
                }
                throw new LinuxGpioException(label(), OptionalInt.of(0), "GPIO_V2_GET_LINEINFO_IOCTL", errno);
            }
        }
    }

    /** {@code /dev/gpiochip0 (gpio-sim.0-node0)}: how messages name this chip. */
    public String label() {
        return path + " (" + info.label() + ")";
    }

    public String path() {
        return path;
    }

    public ChipInfo info() {
        return info;
    }

    /** The chip fd; readable when a watched line changed. */
    public int fd() {
        return fd;
    }

    /** Information about line {@code offset}. */
    public LineInfo lineInfo(int offset) {
        return lineInfo(offset, V2_GET_LINEINFO_IOCTL, "GPIO_V2_GET_LINEINFO_IOCTL");
    }

    /** Information about line {@code offset}, and watch it: changes can then be read with {@link #readInfoChange}. */
    public LineInfo watchLineInfo(int offset) {
        return lineInfo(offset, V2_GET_LINEINFO_WATCH_IOCTL, "GPIO_V2_GET_LINEINFO_WATCH_IOCTL");
    }

    /** Stops watching line {@code offset}. */
    public void unwatchLineInfo(int offset) {
        checkLine(offset);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment s = arena.allocate(JAVA_INT);
            s.set(JAVA_INT, 0, offset);
            if (Libc.ioctl(fd, GET_LINEINFO_UNWATCH_IOCTL, s) < 0) {
                throw new LinuxGpioException(label(), OptionalInt.of(offset), "GPIO_GET_LINEINFO_UNWATCH_IOCTL", Libc.errno());
            }
        }
    }

    private LineInfo lineInfo(int offset, long request, String what) {
        checkLine(offset);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment s = arena.allocate(LINE_INFO); // zeroed: the kernel rejects non-zero padding
            s.set(JAVA_INT, offset(LINE_INFO, "offset"), offset);
            if (Libc.ioctl(fd, request, s) < 0) {
                throw new LinuxGpioException(label(), OptionalInt.of(offset), what, Libc.errno());
            }
            return decodeLineInfo(s);
        }
    }

    /** Decodes a {@code struct gpio_v2_line_info} at the start of {@code s}. */
    static LineInfo decodeLineInfo(MemorySegment s) {
        long flags = s.get(JAVA_LONG, offset(LINE_INFO, "flags"));
        int attrs = s.get(JAVA_INT, offset(LINE_INFO, "num_attrs"));
        long debounce = 0;
        long attrBase = offset(LINE_INFO, "attrs");
        for (int i = 0; i < Math.min(attrs, LINE_NUM_ATTRS_MAX); i++) {
            long a = attrBase + i * LINE_ATTRIBUTE.byteSize();
            if (s.get(JAVA_INT, a + offset(LINE_ATTRIBUTE, "id")) == ATTR_ID_DEBOUNCE) {
                debounce = Integer.toUnsignedLong(s.get(JAVA_INT, a + offset(LINE_ATTRIBUTE, "value")));
            }
        }
        return new LineInfo(s.get(JAVA_INT, offset(LINE_INFO, "offset")), string(s, offset(LINE_INFO, "name")),
                string(s, offset(LINE_INFO, "consumer")), (flags & FLAG_USED) != 0, LineSettings.fromFlags(flags, debounce));
    }

    /**
     * Waits up to {@code timeout} for a change to a watched line and reads it; empty on timeout. Blocks the
     * caller.
     */
    public Optional<LineInfoChange> readInfoChange(Duration timeout) {
        if (!Poll.readable(fd, timeout, label(), OptionalInt.empty())) {
            return Optional.empty();
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment s = arena.allocate(LINE_INFO_CHANGED);
            long n = Libc.read(fd, s, s.byteSize());
            if (n < 0) {
                throw new LinuxGpioException(label(), OptionalInt.empty(), "read line info change", Libc.errno());
            }
            if (n < s.byteSize()) {
                throw new LinuxGpioException(label(), OptionalInt.empty(), "short line info change read: " + n + " bytes");
            }
            return Optional.of(new LineInfoChange(LineInfoChange.kind(s.get(JAVA_INT, offset(LINE_INFO_CHANGED, "event_type"))),
                    s.get(JAVA_LONG, offset(LINE_INFO_CHANGED, "timestamp_ns")), decodeLineInfo(s)));
        }
    }

    /**
     * Requests the lines of {@code config} for {@code consumer} (at most 31 characters are kept). A line
     * beyond the chip is refused before the kernel is asked; a line in use fails with EBUSY naming it.
     *
     * @param eventBufferSize kernel queue size in events; 0 lets the kernel choose 16 per line
     */
    public LineRequest request(String consumer, LineConfig config, int eventBufferSize) {
        int[] offsets = config.offsets();
        for (int offset : offsets) {
            checkLine(offset);
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment s = arena.allocate(LINE_REQUEST); // zeroed padding, as the kernel requires
            for (int i = 0; i < offsets.length; i++) {
                s.setAtIndex(JAVA_INT, i, offsets[i]);
            }
            byte[] name = consumer.getBytes(StandardCharsets.UTF_8);
            MemorySegment.copy(name, 0, s, JAVA_BYTE, offset(LINE_REQUEST, "consumer"), Math.min(name.length, MAX_NAME_SIZE - 1));
            config.encode(s.asSlice(offset(LINE_REQUEST, "config"), LINE_CONFIG.byteSize()));
            s.set(JAVA_INT, offset(LINE_REQUEST, "num_lines"), offsets.length);
            s.set(JAVA_INT, offset(LINE_REQUEST, "event_buffer_size"), eventBufferSize);
            if (Libc.ioctl(fd, V2_GET_LINE_IOCTL, s) < 0) {
                int errno = Libc.errno();
                OptionalInt line = offsets.length == 1 ? OptionalInt.of(offsets[0]) : OptionalInt.empty();
                String lines = offsets.length == 1 ? "" : " of lines " + java.util.Arrays.toString(offsets);
                if (errno == Errno.EBUSY && offsets.length > 1) {
                    throw new LinuxGpioException(label(), line, "request" + lines + " (one of them is in use: " + busyLines(offsets) + ")", errno);
                }
                throw new LinuxGpioException(label(), line, "request" + lines, errno);
            }
            int requestFd = s.get(JAVA_INT, offset(LINE_REQUEST, "fd"));
            return new LineRequest(label(), requestFd, config);
        }
    }

    private String busyLines(int[] offsets) {
        var busy = new StringBuilder();
        for (int offset : offsets) {
            LineInfo li = lineInfo(offset);
            if (li.used()) {
                busy.append(busy.isEmpty() ? "" : ", ").append("line ").append(offset).append(" by \"").append(li.consumer()).append('"');
            }
        }
        return busy.toString();
    }

    private void checkLine(int offset) {
        if (closed) {
            throw new IllegalStateException(label() + " is closed");
        }
        if (offset < 0 || offset >= info.lines()) {
            throw new LinuxGpioException(label(), OptionalInt.of(offset), "line out of range: the chip has "
                    + info.lines() + " lines (0.." + (info.lines() - 1) + ")");
        }
    }

    static String string(MemorySegment s, long offset) {
        MemorySegment field = s.asSlice(offset, MAX_NAME_SIZE);
        int length = 0;
        while (length < MAX_NAME_SIZE && field.get(JAVA_BYTE, length) != 0) {
            length++;
        }
        return new String(field.asSlice(0, length).toArray(JAVA_BYTE), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            Libc.close(fd);
        }
    }
}
