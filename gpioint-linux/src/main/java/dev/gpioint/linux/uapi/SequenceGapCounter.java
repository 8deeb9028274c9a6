package dev.gpioint.linux.uapi;

/**
 * Counts events the kernel dropped from a request's queue. The kernel numbers events from 1; when its FIFO is
 * full it drops the <em>oldest</em> event and numbers the next one as usual, so the only trace of the loss is a
 * gap. A one-line request is checked on {@code line_seqno}, a multi-line request on the request-wide
 * {@code seqno} (the kernel then sets {@code seqno} from a request counter). Sequence numbers are u32 and wrap.
 *
 * <p>Edges the interrupt layer itself never saw leave no gap and cannot be counted. Not thread-safe: it belongs
 * to the thread that reads the request.
 */
public final class SequenceGapCounter {
    private final boolean multiLine;
    private long last;
    private long lost;
    private long gaps;

    public SequenceGapCounter(int lines) {
        this.multiLine = lines > 1;
    }

    /** Accounts one event; returns how many events were lost just before it (0 when none). */
    public long accept(long seqno, long lineSeqno) {
        long current = multiLine ? seqno : lineSeqno;
        long missing = (current - last - 1) & 0xFFFF_FFFFL;
        // A value that went backwards (missing near 2^32) is not a loss: it is a reset, e.g. after the kernel
        // restarted numbering; count nothing rather than four billion.
        if (missing > 0x7FFF_FFFFL) {
            missing = 0;
        }
        last = current;
        if (missing != 0) {
            lost += missing;
            gaps++;
        }
        return missing;
    }

    /** Events lost so far. */
    public long lost() {
        return lost;
    }

    /** Number of gaps seen (each may hide several events). */
    public long gaps() {
        return gaps;
    }
}
