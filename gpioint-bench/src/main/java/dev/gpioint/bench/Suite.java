package dev.gpioint.bench;

/**
 * Entry point of {@code benchmarks.jar}: runs every figure in one run and writes {@code bench/RESULTS.md}.
 * See {@link dev.gpioint.bench.suite.Runs} and {@code bench/README.md}.
 */
public final class Suite {
    private Suite() {
    }

    public static void main(String[] args) throws Exception {
        dev.gpioint.bench.suite.Runs.main(args);
    }
}
