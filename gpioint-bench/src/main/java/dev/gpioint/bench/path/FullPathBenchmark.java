package dev.gpioint.bench.path;

import dev.gpioint.bench.board.BenchBoard;
import dev.gpioint.bench.board.BenchPeripheral;
import dev.gpioint.kernel.MachineOptions;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Figure 1: one interrupt through the whole path on a deterministic machine, on one thread. One operation is
 * one event: the bench peripheral posts it and pulses its SimGpio pin (rising edge, latched by the
 * controller), the bank line requests its vector, the processor runs the class extension's bank ISR (query
 * active, clear), which runs the peripheral's DIRQL ISR (read status, acknowledge, queue DPC), and then the
 * DPC. {@code path} "passive" runs the same with a passive ISR that queues a work item, and "expander" puts the
 * pin on the I2C expander cascade (figure 4).
 *
 * <p>Every event is counted: the trial fails if a single one was not claimed by an ISR and handled by its DPC.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(3)
public class FullPathBenchmark {
    /** Whether the machine times every ISR, DPC and work item with the wall clock. */
    @Param({"false", "true"})
    public boolean measureTime;

    /** "dirql": DIRQL ISR + DPC; "passive": PASSIVE_LEVEL ISR + work item; "expander": the same on an I2C expander pin. */
    @Param({"dirql", "passive", "expander"})
    public String path;

    private BenchBoard board;
    private BenchPeripheral peripheral;
    private long raised;

    @Setup(Level.Trial)
    public void boot() {
        board = BenchBoard.boot(MachineOptions.deterministic(1).withMeasureTime(measureTime), layout(path));
        peripheral = board.peripherals().getFirst();
    }

    /** The one-device, one-pin board of {@code path}. */
    public static BenchBoard.Layout layout(String path) {
        return switch (path) {
            case "dirql" -> BenchBoard.Layout.of(1, 1);
            case "passive" -> BenchBoard.Layout.of(1, 1).passive(true);
            case "expander" -> BenchBoard.Layout.of(1, 1).expander(true);
            default -> throw new IllegalArgumentException("unknown path " + path);
        };
    }

    @Benchmark
    public void edgeToDeferredRoutine() {
        peripheral.raise(0);
        raised++;
        board.machine.runUntilIdle();
    }

    @TearDown(Level.Trial)
    public void countEveryInterrupt() {
        Counting.requireAll(board, raised);
        board.close();
    }
}
