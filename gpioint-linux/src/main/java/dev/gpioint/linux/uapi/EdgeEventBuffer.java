package dev.gpioint.linux.uapi;

import static dev.gpioint.linux.uapi.GpioUapi.LINE_EVENT;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * A native buffer for a batch of 48-byte edge events, filled by {@link LineRequest#read}: one read() returns as
 * many whole events as are queued and fit. The accessors read the {@code i}-th event of the last batch without
 * allocating, for the event thread; {@link #event} builds a record for everyone else. Not thread-safe: one
 * buffer belongs to one reader thread.
 */
public final class EdgeEventBuffer implements AutoCloseable {
    public static final int EVENT_SIZE = (int) LINE_EVENT.byteSize();
    private static final long TIMESTAMP = GpioUapi.offset(LINE_EVENT, "timestamp_ns");
    private static final long ID = GpioUapi.offset(LINE_EVENT, "id");
    private static final long OFFSET = GpioUapi.offset(LINE_EVENT, "offset");
    private static final long SEQNO = GpioUapi.offset(LINE_EVENT, "seqno");
    private static final long LINE_SEQNO = GpioUapi.offset(LINE_EVENT, "line_seqno");

    private final Arena arena;
    private final MemorySegment segment;
    private final int capacity;
    private final long[] lostBefore;
    private int count;

    /** A buffer for {@code capacity} events (1..1024, the kernel's largest queue). */
    public EdgeEventBuffer(int capacity) {
        if (capacity < 1 || capacity > 1024) {
            throw new IllegalArgumentException("an edge event buffer holds 1..1024 events, not " + capacity);
        }
        this.arena = Arena.ofShared();
        this.capacity = capacity;
        this.segment = arena.allocate(LINE_EVENT, capacity);
        this.lostBefore = new long[capacity];
    }

    /** A view over events already in memory (for tests and replay). */
    EdgeEventBuffer(MemorySegment events, int count) {
        this.arena = null;
        this.segment = events;
        this.capacity = (int) (events.byteSize() / EVENT_SIZE);
        this.count = count;
        this.lostBefore = new long[capacity];
    }

    public int capacity() {
        return capacity;
    }

    /** Events in the last batch. */
    public int count() {
        return count;
    }

    MemorySegment segment() {
        return segment;
    }

    void setCount(int value) {
        count = value;
    }

    private long base(int index) {
        if (index < 0 || index >= count) {
            throw new IndexOutOfBoundsException("event " + index + " of a batch of " + count);
        }
        return (long) index * EVENT_SIZE;
    }

    public long timestampNs(int index) {
        return segment.get(JAVA_LONG, base(index) + TIMESTAMP);
    }

    public boolean rising(int index) {
        return segment.get(JAVA_INT, base(index) + ID) == GpioUapi.LINE_EVENT_RISING_EDGE;
    }

    public int offset(int index) {
        return segment.get(JAVA_INT, base(index) + OFFSET);
    }

    public long seqno(int index) {
        return Integer.toUnsignedLong(segment.get(JAVA_INT, base(index) + SEQNO));
    }

    public long lineSeqno(int index) {
        return Integer.toUnsignedLong(segment.get(JAVA_INT, base(index) + LINE_SEQNO));
    }

    /** Events the kernel dropped just before event {@code index} (a sequence gap), as the reader accounted it. */
    public long lostBefore(int index) {
        base(index);
        return lostBefore[index];
    }

    void setLostBefore(int index, long lost) {
        lostBefore[index] = lost;
    }

    public EdgeEvent event(int index) {
        return new EdgeEvent(timestampNs(index), rising(index), offset(index), seqno(index), lineSeqno(index));
    }

    @Override
    public void close() {
        if (arena != null) {
            arena.close();
        }
    }
}
