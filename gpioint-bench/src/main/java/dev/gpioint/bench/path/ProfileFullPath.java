package dev.gpioint.bench.path;

import dev.gpioint.bench.board.BenchBoard;
import dev.gpioint.kernel.MachineOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.text.ParseException;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;

/**
 * Runs the full-path operation in a plain loop for a profiler: the path ("dirql", "passive", "expander", as in
 * {@link FullPathBenchmark}) and the number of seconds are the arguments. With a third argument, a file, it
 * records the loop (after boot and a warm-up second) with JFR's "profile" settings into that file, so the
 * recording shows the steady state only. Not a benchmark: it prints only a rough ns/interrupt.
 */
public final class ProfileFullPath {
    private ProfileFullPath() {
    }

    public static void main(String[] args) throws IOException, ParseException {
        String path = args.length > 0 ? args[0] : "dirql";
        long seconds = args.length > 1 ? Long.parseLong(args[1]) : 10;
        Path output = args.length > 2 ? Path.of(args[2]) : null;
        try (var board = BenchBoard.boot(MachineOptions.deterministic(1).withMeasureTime(false), FullPathBenchmark.layout(path))) {
            var peripheral = board.peripherals().getFirst();
            long raised = 0;
            long warm = System.nanoTime() + 1_000_000_000L;
            while (System.nanoTime() < warm) {
                peripheral.raise(0);
                board.machine.runUntilIdle();
                raised++;
            }
            Recording recording = null;
            if (output != null) {
                recording = new Recording(Configuration.getConfiguration("profile"));
                recording.start();
            }
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            long measured = 0;
            var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
            long bytesBefore = threads.getCurrentThreadAllocatedBytes();
            long start = System.nanoTime();
            while (System.nanoTime() < end) {
                for (int i = 0; i < 10_000; i++) {
                    peripheral.raise(0);
                    board.machine.runUntilIdle();
                }
                raised += 10_000;
                measured += 10_000;
            }
            long elapsed = System.nanoTime() - start;
            long bytes = threads.getCurrentThreadAllocatedBytes() - bytesBefore;
            if (recording != null) {
                recording.stop();
                recording.dump(output);
                recording.close();
            }
            Counting.requireAll(board, raised);
            System.out.printf("%,d interrupts, %.1f ns each, %.2f B each%n", measured, elapsed / (double) measured,
                    bytes / (double) measured);
        }
    }
}
