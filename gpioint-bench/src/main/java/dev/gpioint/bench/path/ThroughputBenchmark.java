package dev.gpioint.bench.path;

import dev.gpioint.bench.board.BenchBoard;
import dev.gpioint.bench.board.BenchPeripheral;
import dev.gpioint.kernel.IdlePolicy;
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
 * Figure 3: sustained interrupts per second through the full path on a realtime machine. The benchmark thread
 * is the hardware: it walks 64 bench peripherals (one pin each, SimGpio banks 0 and 1) and raises an event on
 * the next one whose previous event its ISR has acknowledged, so up to 64 events are in flight and none is
 * merged with another (an edge raised before its predecessor was acknowledged would be, as on hardware).
 * One operation is one interrupt raised; every one must be claimed by an ISR and handled by a DPC (or work
 * item) by the end of each iteration, or the benchmark fails.
 *
 * <p>With two processors, bank 0 interrupts on processor 0 and bank 1 on processor 1. Processor threads spin
 * or park when idle as {@code idle} says; on a 2-core machine two spinning processors and the injector
 * oversubscribe the cores.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 4, time = 2)
@Fork(1)
public class ThroughputBenchmark {
    private static final int LINES = 64;

    @Param({"1", "2"})
    public int processors;

    @Param({"SPIN", "PARK"})
    public IdlePolicy idle;

    @Param({"false"})
    public boolean passive;

    private BenchBoard board;
    private BenchPeripheral[] peripherals;
    private int next;
    private long raised;

    @Setup(Level.Trial)
    public void boot() {
        board = BenchBoard.boot(MachineOptions.realtime(processors, idle).withMeasureTime(false),
                BenchBoard.Layout.of(LINES, 1).passive(passive));
        peripherals = board.peripherals().toArray(BenchPeripheral[]::new);
    }

    @Benchmark
    public void raiseNextFreeLine() {
        int i = next;
        while (peripherals[i].isPending(0)) {
            i = i + 1 == LINES ? 0 : i + 1;
            if (i == next) {
                Thread.onSpinWait(); // every line busy: wait for the processors
            }
        }
        peripherals[i].raise(0);
        raised++;
        next = i + 1 == LINES ? 0 : i + 1;
    }

    @TearDown(Level.Iteration)
    public void countEveryInterrupt() {
        Counting.requireAll(board, raised);
    }

    @TearDown(Level.Trial)
    public void shutDown() {
        board.close();
    }
}
