package dev.gpioint.linux.client;

import dev.gpioint.linux.uapi.ChipInfo;
import dev.gpioint.linux.uapi.Chips;
import dev.gpioint.linux.uapi.EdgeEventBuffer;
import dev.gpioint.linux.uapi.Epoll;
import dev.gpioint.linux.uapi.GpioChip;
import dev.gpioint.linux.uapi.LineConfig;
import dev.gpioint.linux.uapi.LineRequest;
import dev.gpioint.linux.uapi.LinuxGpioException;
import dev.gpioint.linux.uapi.LineSettings;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A {@link ChipBackend} on a real GPIO character device: one line request per opened pin (each pin keeps its
 * own edge, bias and debounce), all of them watched by one epoll instance on one event thread per chip. The
 * thread reads events in batches and hands them to the sink; a hang-up or ENODEV means the chip was removed,
 * which is reported once, naming the chip and its requested lines, and ends the thread.
 *
 * <p>A request is closed under the same lock the event thread holds while it reads, so a read never races
 * with the close of its fd (and with the fd number's reuse by a new request).
 */
public final class GpiochipBackend implements ChipBackend {
    private static final int BATCH = 64;
    /**
     * How long the event thread waits before it checks that the chip is still there. Linux 6.1 does not wake
     * a request's pollers when its chip goes away (only a new poll sees the hang-up), so an idle thread would
     * otherwise never notice a removal.
     */
    private static final int LIVENESS_MS = 500;
    private final GpioChip chip;
    private final AtomicReferenceArray<LineRequest> requests;
    private final ReentrantLock io = new ReentrantLock();
    private final Epoll epoll;
    private Thread thread;
    private volatile EdgeSink sink;
    private volatile boolean running;

    private GpiochipBackend(GpioChip chip) {
        this.chip = chip;
        this.requests = new AtomicReferenceArray<>(chip.info().lines());
        this.epoll = new Epoll(chip.label(), BATCH);
    }

    /** Opens the chip named by {@code spec}: a path, a kernel name, a number or a label. */
    public static GpiochipBackend open(String spec) {
        GpioChip chip = new Chips().open(spec);
        try {
            return new GpiochipBackend(chip);
        } catch (RuntimeException e) {
            chip.close();
            throw e;
        }
    }

    @Override
    public ChipInfo info() {
        return chip.info();
    }

    @Override
    public String label() {
        return chip.label();
    }

    @Override
    public synchronized void start(EdgeSink edgeSink) {
        if (thread != null) {
            throw new IllegalStateException(label() + " already delivers events");
        }
        this.sink = edgeSink;
        running = true;
        thread = Thread.ofPlatform().daemon().name("gpiochip-events " + chip.info().name()).unstarted(this::loop);
        thread.setPriority(Thread.MAX_PRIORITY);
        thread.start();
    }

    @Override
    public PinHandle open(int offset, LineSettings settings, String consumer) {
        LineRequest request = chip.request(consumer, LineConfig.of(settings, offset), 0);
        requests.set(offset, request);
        epoll.add(request.fd(), offset);
        return new Pin(offset, request);
    }

    private final class Pin implements PinHandle {
        private final int offset;
        private final LineRequest request;

        Pin(int offset, LineRequest request) {
            this.offset = offset;
            this.request = request;
        }

        @Override
        public boolean value() {
            return request.value(offset);
        }

        @Override
        public long lostEvents() {
            return request.lostEvents();
        }

        @Override
        public void close() {
            io.lock();
            try {
                requests.compareAndSet(offset, request, null);
                epoll.remove(request.fd());
                request.close();
            } finally {
                io.unlock();
            }
        }
    }

    private void loop() {
        try (EdgeEventBuffer buffer = new EdgeEventBuffer(BATCH)) {
            while (running) {
                int ready = epoll.wait(LIVENESS_MS);
                if (ready == 0 && !checkLiveness(buffer)) {
                    return;
                }
                for (int i = 0; i < ready && running; i++) {
                    long token = epoll.token(i);
                    if (token == Epoll.WAKEUP_TOKEN) {
                        epoll.drainWakeups();
                        continue;
                    }
                    if (!drain((int) token, buffer)) {
                        return;
                    }
                }
            }
        } catch (RuntimeException | Error e) {
            if (running) {
                sink.chipGone(label() + ": event thread failed: " + e);
            }
        }
    }

    /** Reads and delivers one request's queued events; false when the chip is gone. */
    private boolean drain(int offset, EdgeEventBuffer buffer) {
        io.lock();
        try {
            LineRequest request = requests.get(offset);
            if (request == null || request.isClosed()) {
                return true; // closed meanwhile: its events are no longer wanted
            }
            int count;
            try {
                count = request.read(buffer);
            } catch (LinuxGpioException e) {
                running = false;
                sink.chipGone(e.getMessage() + "; requested lines: " + requestedLines() + ". Their interrupts stop; the rest of the machine runs on");
                return false;
            }
            EdgeSink target = sink;
            for (int e = 0; e < count; e++) {
                target.edge(buffer.offset(e), buffer.rising(e), buffer.timestampNs(e), buffer.lostBefore(e));
            }
            return true;
        } finally {
            io.unlock();
        }
    }

    /** Polls one open request afresh: a hang-up there (chip gone) is then read as ENODEV and reported. */
    private boolean checkLiveness(EdgeEventBuffer buffer) {
        for (int i = 0; i < requests.length(); i++) {
            LineRequest request = requests.get(i);
            if (request != null && !request.isClosed()) {
                boolean readable;
                try {
                    readable = request.waitForEvents(java.time.Duration.ZERO);
                } catch (LinuxGpioException e) {
                    readable = true; // let the read report it
                }
                return !readable || drain(i, buffer);
            }
        }
        return true;
    }

    private String requestedLines() {
        var lines = new StringBuilder();
        for (int i = 0; i < requests.length(); i++) {
            if (requests.get(i) != null) {
                lines.append(lines.isEmpty() ? "" : ", ").append(i);
            }
        }
        return lines.isEmpty() ? "none" : lines.toString();
    }

    @Override
    public void close() {
        Thread t;
        synchronized (this) {
            running = false;
            t = thread;
        }
        epoll.wakeup();
        if (t != null && t != Thread.currentThread()) {
            try {
                t.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        io.lock();
        try {
            for (int i = 0; i < requests.length(); i++) {
                LineRequest r = requests.getAndSet(i, null);
                if (r != null) {
                    r.close();
                }
            }
        } finally {
            io.unlock();
        }
        epoll.close();
        chip.close();
    }
}
