package dev.gpioint.bench.latency;

import java.util.Arrays;

/**
 * The latency percentiles of one round of samples, in nanoseconds: exact (the samples are sorted), so p99.9 of
 * 50,000 samples is the 50th largest.
 */
public record Percentiles(int count, long p50, long p99, long p999, long max) {
    /** Sorts {@code samples[0..count)} in place and reads the percentiles. */
    public static Percentiles of(long[] samples, int count) {
        Arrays.sort(samples, 0, count);
        return new Percentiles(count, at(samples, count, 0.50), at(samples, count, 0.99), at(samples, count, 0.999), samples[count - 1]);
    }

    private static long at(long[] sorted, int count, double quantile) {
        int index = (int) Math.ceil(quantile * count) - 1;
        return sorted[Math.max(0, Math.min(count - 1, index))];
    }

    /** "p50=… p99=… p999=… max=…", what {@link LatencyMain} prints and the suite parses. */
    public String format(String prefix) {
        return "%s.p50=%d %s.p99=%d %s.p999=%d %s.max=%d".formatted(prefix, p50, prefix, p99, prefix, p999, prefix, max);
    }
}
