package dev.gpioint.cli.reliability;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Per connected interrupt (device, resource index): how many ISR calls claimed and did not claim in each time
 * bucket. Bucket 0 is boot up to the first step; bucket {@code k} runs from step {@code k-1} to step {@code k}
 * (events a step causes, including its debounce delay, land in its bucket). A bucket's deferred calls (DPC or
 * work item) must be at least 1 and at most the claimed calls when any ISR claimed, else 0 (a DPC queued while
 * queued runs once).
 */
public final class Expectation {
    private final int buckets;
    private final Map<String, long[][]> calls = new LinkedHashMap<>();

    public Expectation(int buckets) {
        this.buckets = buckets;
    }

    static String key(int device, int interrupt) {
        return device + "/" + interrupt;
    }

    /** [0] = claimed per bucket, [1] = unclaimed per bucket. */
    public long[][] of(int device, int interrupt) {
        return calls.computeIfAbsent(key(device, interrupt), k -> new long[2][buckets]);
    }

    void call(int device, int interrupt, int bucket, boolean claimed) {
        of(device, interrupt)[claimed ? 0 : 1][bucket]++;
    }

    public int buckets() {
        return buckets;
    }

    /** Every ISR call the expectation holds. */
    public long total() {
        long total = 0;
        for (long[][] c : calls.values()) {
            for (long[] row : c) {
                for (long n : row) {
                    total += n;
                }
            }
        }
        return total;
    }
}
