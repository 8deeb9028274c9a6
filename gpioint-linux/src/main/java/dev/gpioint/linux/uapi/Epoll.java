package dev.gpioint.linux.uapi;

import static java.lang.foreign.ValueLayout.JAVA_INT_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_LONG_UNALIGNED;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.OptionalInt;

/**
 * An epoll instance plus an eventfd to wake it: what lets one thread per chip wait on every line request of
 * that chip. Each registered fd carries a caller token (returned with its readiness). {@link #wait} fills an
 * internal array read with {@link #token} and {@link #events} without allocating.
 *
 * <p>{@code struct epoll_event} is packed on x86_64 (12 bytes: u32 events, u64 data) and naturally aligned
 * elsewhere (16 bytes, data at 8). {@link #wait} belongs to one thread; {@link #add}, {@link #remove} and
 * {@link #wakeup} may be called from any thread.
 */
public final class Epoll implements AutoCloseable {
    public static final int EPOLLIN = 0x001;
    public static final int EPOLLPRI = 0x002;
    public static final int EPOLLERR = 0x008;
    public static final int EPOLLHUP = 0x010;
    /** The token {@link #wait} reports for a {@link #wakeup}. */
    public static final long WAKEUP_TOKEN = -1L;
    private static final int EPOLL_CTL_ADD = 1;
    private static final int EPOLL_CTL_DEL = 2;
    private static final int EPOLL_CLOEXEC = 0x80000;
    private static final int EFD_CLOEXEC = 0x80000;
    private static final int EFD_NONBLOCK = 0x800;
    static final boolean PACKED = "amd64".equals(System.getProperty("os.arch")) || "x86_64".equals(System.getProperty("os.arch"));
    static final int EVENT_SIZE = PACKED ? 12 : 16;
    private static final int DATA = PACKED ? 4 : 8;

    private final String owner;
    private final Arena arena = Arena.ofShared();
    private final int epfd;
    private final int wakeFd;
    private final MemorySegment ready;
    private final MemorySegment counter;
    private final int capacity;

    /** A new instance; {@code owner} names the chip in messages. */
    public Epoll(String owner, int capacity) {
        this.owner = owner;
        this.capacity = capacity;
        this.ready = arena.allocate((long) EVENT_SIZE * capacity, 8);
        this.counter = arena.allocate(JAVA_LONG);
        int ep = Libc.epollCreate1(EPOLL_CLOEXEC);
        if (ep < 0) {
            int errno = Libc.errno();
            arena.close();
            throw new LinuxGpioException(owner, OptionalInt.empty(), "epoll_create1", errno);
        }
        int ev = Libc.eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
        if (ev < 0) {
            int errno = Libc.errno();
            Libc.close(ep);
            arena.close();
            throw new LinuxGpioException(owner, OptionalInt.empty(), "eventfd", errno);
        }
        this.epfd = ep;
        this.wakeFd = ev;
        add(wakeFd, WAKEUP_TOKEN);
    }

    /** Watches {@code fd} for input; {@link #wait} reports it with {@code token}. */
    public void add(int fd, long token) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment e = a.allocate(EVENT_SIZE, 8);
            e.set(JAVA_INT_UNALIGNED, 0, EPOLLIN | EPOLLPRI);
            e.set(JAVA_LONG_UNALIGNED, DATA, token);
            if (Libc.epollCtl(epfd, EPOLL_CTL_ADD, fd, e) < 0) {
                throw new LinuxGpioException(owner, OptionalInt.empty(), "epoll_ctl(ADD)", Libc.errno());
            }
        }
    }

    /** Stops watching {@code fd} (closing the fd also does, implicitly). */
    public void remove(int fd) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment e = a.allocate(EVENT_SIZE, 8);
            Libc.epollCtl(epfd, EPOLL_CTL_DEL, fd, e); // ENOENT/EBADF after close is fine: nothing to remove
        }
    }

    /** Makes a pending or the next {@link #wait} return, reporting {@link #WAKEUP_TOKEN}. */
    public void wakeup() {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment one = a.allocate(JAVA_LONG);
            one.set(JAVA_LONG, 0, 1L);
            Libc.write(wakeFd, one, 8);
        }
    }

    /** Consumes the wakeups delivered so far. Called by the waiting thread after it saw {@link #WAKEUP_TOKEN}. */
    public void drainWakeups() {
        Libc.read(wakeFd, counter, 8);
    }

    /** Waits up to {@code timeoutMs} (-1: forever); returns how many entries are ready (0 on timeout or EINTR). */
    public int wait(int timeoutMs) {
        int n = Libc.epollWait(epfd, ready, capacity, timeoutMs);
        if (n < 0) {
            int errno = Libc.errno();
            if (errno == Errno.EINTR) {
                return 0;
            }
            throw new LinuxGpioException(owner, OptionalInt.empty(), "epoll_wait", errno);
        }
        return n;
    }

    /** The token of ready entry {@code i}. */
    public long token(int i) {
        return ready.get(JAVA_LONG_UNALIGNED, (long) i * EVENT_SIZE + DATA);
    }

    /** The readiness bits (EPOLLIN, EPOLLHUP, EPOLLERR...) of ready entry {@code i}. */
    public int events(int i) {
        return ready.get(JAVA_INT_UNALIGNED, (long) i * EVENT_SIZE);
    }

    @Override
    public void close() {
        Libc.close(wakeFd);
        Libc.close(epfd);
        arena.close();
    }
}
