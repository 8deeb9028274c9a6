package dev.gpioint.linux.client;

import dev.gpioint.linux.uapi.ChipInfo;
import dev.gpioint.linux.uapi.LineSettings;

/**
 * What a gpiochip-backed controller client needs from a chip: its size, one line request per interrupt pin,
 * and a single stream of edges from all of them. The real implementation ({@link GpiochipBackend}) wraps a
 * character device and one epoll thread; tests substitute a fake chip.
 */
public interface ChipBackend extends AutoCloseable {
    ChipInfo info();

    /** How messages name the chip, e.g. {@code /dev/gpiochip0 (gpio-sim.0-node0)}. */
    String label();

    /** Starts delivering edges of opened lines to {@code sink}, from the backend's own thread. */
    void start(EdgeSink sink);

    /** Requests line {@code offset} with {@code settings}; its edges go to the sink given to {@link #start}. */
    PinHandle open(int offset, LineSettings settings, String consumer);

    /** Releases every line and stops the event thread. */
    @Override
    void close();

    /** One requested line. */
    interface PinHandle extends AutoCloseable {
        /** The line's current (debounced) physical value: a GET_VALUES ioctl. */
        boolean value();

        /** Events the kernel dropped on this line so far. */
        long lostEvents();

        @Override
        void close();
    }

    /** Receives edges on the backend's event thread. Must not block. */
    interface EdgeSink {
        /**
         * An edge on {@code offset}.
         *
         * @param lostBefore events the kernel dropped from this line's queue just before this one
         */
        void edge(int offset, boolean rising, long timestampNs, long lostBefore);

        /** The chip went away (or its fd failed); no more edges will come. {@code reason} names chip and lines. */
        void chipGone(String reason);
    }
}
