package dev.gpioint.bench.suite;

import java.util.List;
import java.util.Map;

/**
 * One JMH result: the benchmark ("Class.method"), its parameters, the score with its error (half-width of the
 * 99.9% confidence interval; NaN when there were too few iterations) and the allocation per operation
 * measured by JMH's GC profiler, and the score of each fork on its own (a fork that ran on a slow virtual CPU
 * shows there as a whole, where the overall error only widens).
 */
public record JmhFigure(String benchmark, Map<String, String> params, double score, double error, String unit,
                        double bytesPerOp, double bytesError, List<Double> forkScores) {
    /** True when every "name=value" in {@code wanted} matches a parameter. */
    boolean matches(String wantedBenchmark, String... wanted) {
        if (!benchmark.equals(wantedBenchmark)) {
            return false;
        }
        for (String w : wanted) {
            String[] kv = w.split("=", 2);
            if (!kv[1].equals(params.get(kv[0]))) {
                return false;
            }
        }
        return true;
    }
}
