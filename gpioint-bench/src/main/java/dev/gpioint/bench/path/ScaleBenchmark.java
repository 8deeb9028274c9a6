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
 * Figure 7: the cost of one interrupt (as in {@link FullPathBenchmark}) as the machine grows, on a
 * deterministic machine. {@code shape} is "pins/devices": 1/1, 100/1, 100/10, 10000/10, 10000/1000 connected
 * pins spread evenly over that many bench devices and over ceil(pins/128) SimGpio controllers. Every shape
 * wires two banks to a line (the wiring 10,000 pins need, see {@link BenchBoard}), so shapes differ only in
 * size. {@code spread} "one" raises the same pin every time (does the path look anything up by size?);
 * "all" walks every connected pin in turn (what the caches make of a larger machine).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class ScaleBenchmark {
    @Param({"1/1", "100/1", "100/10", "10000/10", "10000/1000"})
    public String shape;

    @Param({"one", "all"})
    public String spread;

    private BenchBoard board;
    private BenchPeripheral[] peripherals;
    private int pinsPerDevice;
    private int pins;
    private int next;
    private long raised;

    @Setup(Level.Trial)
    public void boot() {
        String[] parts = shape.split("/");
        pins = Integer.parseInt(parts[0]);
        int devices = Integer.parseInt(parts[1]);
        pinsPerDevice = pins / devices;
        board = BenchBoard.boot(MachineOptions.deterministic(1).withMeasureTime(false),
                BenchBoard.Layout.of(devices, pinsPerDevice).sharedBankLines(true));
        peripherals = board.peripherals().toArray(BenchPeripheral[]::new);
        if (spread.equals("one")) {
            pins = 1;
        }
    }

    @Benchmark
    public void edgeToDpc() {
        int g = next;
        peripherals[g / pinsPerDevice].raise(g % pinsPerDevice);
        raised++;
        next = g + 1 == pins ? 0 : g + 1;
        board.machine.runUntilIdle();
    }

    @TearDown(Level.Trial)
    public void countEveryInterrupt() {
        Counting.requireAll(board, raised);
        board.close();
    }
}
