package dev.gpioint.linux.uapi;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.time.Duration;
import java.util.OptionalInt;

/** poll(2) on one fd: the blocking wait used by single-request readers (the event thread uses {@link Epoll}). */
final class Poll {
    static final short POLLIN = 0x001;
    static final short POLLPRI = 0x002;
    static final short POLLERR = 0x008;
    static final short POLLHUP = 0x010;

    private Poll() {
    }

    /**
     * True when {@code fd} is readable within {@code timeout} (negative: forever). A hang-up or error (the chip
     * was removed) is reported as readable, so the following read() reports the errno.
     */
    static boolean readable(int fd, Duration timeout, String chip, OptionalInt line) {
        long deadline = timeout.isNegative() ? Long.MAX_VALUE : System.nanoTime() + timeout.toNanos();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment pfd = arena.allocate(8, 4); // struct pollfd { int fd; short events; short revents; }
            while (true) {
                pfd.set(JAVA_INT, 0, fd);
                pfd.set(JAVA_SHORT, 4, (short) (POLLIN | POLLPRI));
                pfd.set(JAVA_SHORT, 6, (short) 0);
                long remaining = deadline == Long.MAX_VALUE ? -1 : Math.max(0, (deadline - System.nanoTime() + 999_999) / 1_000_000);
                int ms = remaining > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) remaining;
                int n = Libc.poll(pfd, 1, ms);
                if (n < 0) {
                    int errno = Libc.errno();
                    if (errno == Errno.EINTR) {
                        continue;
                    }
                    throw new LinuxGpioException(chip, line, "poll", errno);
                }
                return n > 0;
            }
        }
    }
}
