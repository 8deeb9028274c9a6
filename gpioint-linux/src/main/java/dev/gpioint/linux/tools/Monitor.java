package dev.gpioint.linux.tools;

import dev.gpioint.linux.uapi.Chips;
import dev.gpioint.linux.uapi.EdgeEvent;
import dev.gpioint.linux.uapi.EdgeEventBuffer;
import dev.gpioint.linux.uapi.GpioChip;
import dev.gpioint.linux.uapi.LineConfig;
import dev.gpioint.linux.uapi.LineRequest;
import dev.gpioint.linux.uapi.LinuxGpioException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * {@code gpioint monitor CHIP LINE...}: requests the lines with edge detection and prints one line per event,
 * with what gpiomon shows plus the sequence numbers:
 * <pre>{@code 12.345678901 rising gpiochip0 3 seqno=1 line_seqno=1}</pre>
 * A kernel queue overflow prints {@code lost N events before ...} (to {@code out}, in order) and is counted;
 * nothing is hidden. Failures (missing chip, line out of range, EBUSY, EACCES, no uAPI v2) print one line
 * naming chip and line on {@code err}.
 */
public final class Monitor {
    private final Chips chips;

    public Monitor() {
        this(new Chips());
    }

    public Monitor(Chips chips) {
        this.chips = chips;
    }

    /** The totals of one run. */
    public record Result(int exitCode, long events, long lost) {
    }

    /**
     * Monitors {@code lines} of {@code chipSpec} until {@code options} say stop or {@code stop} turns true
     * (checked at least every 100 ms). Flushes {@code out} after every batch, so a pipe sees each event at once.
     */
    public Result run(String chipSpec, int[] lines, MonitorOptions options, PrintStream out, PrintStream err, BooleanSupplier stop) {
        if (lines.length == 0) {
            err.println(chipSpec + ": give at least one line offset to monitor");
            return new Result(2, 0, 0);
        }
        long events = 0;
        try (GpioChip chip = chips.open(chipSpec);
             LineRequest request = chip.request(options.consumer(), LineConfig.of(options.settings(), lines), 0);
             EdgeEventBuffer buffer = new EdgeEventBuffer(64)) {
            String name = chip.info().name();
            long idleNanos = options.idleTimeout().toNanos();
            long lastEvent = System.nanoTime();
            var line = new StringBuilder(96);
            while (!stop.getAsBoolean()) {
                if (!request.waitForEvents(Duration.ofMillis(100))) {
                    if (idleNanos > 0 && System.nanoTime() - lastEvent >= idleNanos) {
                        break;
                    }
                    continue;
                }
                int n = request.read(buffer);
                lastEvent = System.nanoTime();
                for (int i = 0; i < n; i++) {
                    if (buffer.lostBefore(i) != 0) {
                        out.println("lost " + buffer.lostBefore(i) + " events before seqno " + buffer.seqno(i)
                                + " (the kernel's queue overflowed)");
                    }
                    line.setLength(0);
                    format(line, buffer.event(i), name);
                    out.println(line);
                    events++;
                    if (options.numEvents() > 0 && events >= options.numEvents()) {
                        out.flush();
                        return new Result(0, events, request.lostEvents());
                    }
                }
                out.flush();
            }
            return new Result(0, events, request.lostEvents());
        } catch (LinuxGpioException e) {
            err.println(e.getMessage());
            return new Result(1, events, 0);
        }
    }

    /** {@code sec.nsec type chip offset seqno=N line_seqno=M}. */
    static void format(StringBuilder line, EdgeEvent e, String chipName) {
        long sec = e.timestampNs() / 1_000_000_000L;
        long nsec = e.timestampNs() % 1_000_000_000L;
        String ns = Long.toString(nsec);
        line.append(sec).append('.').append("000000000", 0, 9 - ns.length()).append(ns)
                .append(' ').append(e.type()).append(' ').append(chipName).append(' ').append(e.offset())
                .append(" seqno=").append(e.seqno()).append(" line_seqno=").append(e.lineSeqno());
    }
}
