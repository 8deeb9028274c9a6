package dev.gpioint.linux.client;

import dev.gpioint.linux.uapi.ChipInfo;
import dev.gpioint.linux.uapi.Edge;
import dev.gpioint.linux.uapi.Errno;
import dev.gpioint.linux.uapi.LineSettings;
import dev.gpioint.linux.uapi.LinuxGpioException;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * A chip in memory: lines have levels the test sets; a requested line reports the edges its settings ask for,
 * synchronously on the test's thread (standing in for the event thread). Requesting a busy line fails with
 * EBUSY, as the kernel does.
 */
final class FakeChip implements ChipBackend {
    final ChipInfo info;
    final boolean[] level;
    final Map<Integer, LineSettings> requested = new HashMap<>();
    final Map<Integer, String> external = new HashMap<>();
    EdgeSink sink;
    int valueReads;
    boolean closed;

    FakeChip(String label, int lines) {
        this.info = new ChipInfo("/dev/fake", "gpiochip9", label, lines);
        this.level = new boolean[lines];
    }

    @Override
    public ChipInfo info() {
        return info;
    }

    @Override
    public String label() {
        return info.path() + " (" + info.label() + ")";
    }

    @Override
    public void start(EdgeSink edgeSink) {
        this.sink = edgeSink;
    }

    @Override
    public PinHandle open(int offset, LineSettings settings, String consumer) {
        if (offset >= level.length) {
            throw new LinuxGpioException(label(), OptionalInt.of(offset), "line out of range");
        }
        if (requested.containsKey(offset) || external.containsKey(offset)) {
            throw new LinuxGpioException(label(), OptionalInt.of(offset), "request", Errno.EBUSY);
        }
        requested.put(offset, settings);
        return new PinHandle() {
            @Override
            public boolean value() {
                valueReads++;
                return level[offset];
            }

            @Override
            public long lostEvents() {
                return 0;
            }

            @Override
            public void close() {
                requested.remove(offset);
            }
        };
    }

    /** Sets a line's level; a requested line reports the edge if its settings want it. */
    void set(int offset, boolean high) {
        if (level[offset] == high) {
            return;
        }
        level[offset] = high;
        LineSettings s = requested.get(offset);
        if (s == null) {
            return;
        }
        boolean wanted = s.edge() == Edge.BOTH || (high ? s.edge() == Edge.RISING : s.edge() == Edge.FALLING);
        if (wanted) {
            sink.edge(offset, high, System.nanoTime(), 0);
        }
    }

    /** Sets the level without telling anyone (an edge the kernel missed or has not delivered yet). */
    void setQuietly(int offset, boolean high) {
        level[offset] = high;
    }

    @Override
    public void close() {
        closed = true;
        requested.clear();
    }
}
