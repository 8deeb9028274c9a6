package dev.gpioint.bench.path;

import dev.gpioint.bench.board.BenchBoard;
import dev.gpioint.kernel.MachineOptions;

/**
 * Runs the full-path operation in a plain loop for a profiler (JFR, -prof gc): {@code passive} and the
 * number of seconds are the arguments. Not a benchmark: it prints only a rough ns/interrupt.
 */
public final class ProfileFullPath {
    private ProfileFullPath() {
    }

    public static void main(String[] args) {
        boolean passive = args.length > 0 && Boolean.parseBoolean(args[0]);
        long seconds = args.length > 1 ? Long.parseLong(args[1]) : 10;
        try (var board = BenchBoard.boot(MachineOptions.deterministic(1).withMeasureTime(false),
                BenchBoard.Layout.of(1, 1).passive(passive))) {
            var peripheral = board.peripherals().getFirst();
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            long raised = 0;
            long start = System.nanoTime();
            while (System.nanoTime() < end) {
                for (int i = 0; i < 10_000; i++) {
                    peripheral.raise(0);
                    board.machine.runUntilIdle();
                }
                raised += 10_000;
            }
            Counting.requireAll(board, raised);
            System.out.printf("%d interrupts, %.1f ns each%n", raised, (System.nanoTime() - start) / (double) raised);
        }
    }
}
