package dev.gpioint.bench.firmware;

import java.util.List;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Figure 8: the AML interpreter on real firmware. One {@link #wholeCorpus} operation loads every machine of the
 * WoA corpus ({@link CorpusMachine}: 56 machines, the corrupt SSDT left out) and evaluates {@code _STA} and
 * {@code _CRS} of every device that has them ({@link DeviceObjects}); {@link #oneMachine} does the same for the
 * machine named by {@code machine} (a big DSDT by default). Files are read and checked once, in setup; a load
 * starts from the bytes. Every result goes to a {@link Blackhole}, and each operation must evaluate exactly as
 * many objects as the setup counted, else the run fails: the JIT can skip nothing, and a change that makes
 * the interpreter stop early cannot pass for a speed-up.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// Measured: the X13s alone takes about 4 two-second iterations to reach its compiled speed, the corpus about 5.
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class AmlCorpusBenchmark {
    /** The machine {@link #oneMachine} runs: the ThinkPad X13s, whose 242 KB DSDT is among the corpus' biggest. */
    @Param("lenovo-thinkpad-x13s")
    public String machine;

    private List<CorpusMachine> corpus;
    private CorpusMachine single;
    private int corpusObjects;
    private int singleObjects;

    @Setup(Level.Trial)
    public void read() {
        corpus = CorpusMachine.load(CorpusMachine.corpusDirectory());
        if (corpus.isEmpty()) {
            throw new IllegalStateException("no corpus at " + CorpusMachine.corpusDirectory());
        }
        single = corpus.stream().filter(m -> m.name().equals(machine)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no machine " + machine + " in the corpus"));
        for (CorpusMachine m : corpus) {
            corpusObjects += DeviceObjects.paths(m).size();
        }
        singleObjects = DeviceObjects.paths(single).size();
    }

    @Benchmark
    public int wholeCorpus(Blackhole blackhole) {
        int evaluated = 0;
        for (CorpusMachine m : corpus) {
            evaluated += DeviceObjects.run(m, blackhole::consume).evaluated();
        }
        return checked(evaluated, corpusObjects);
    }

    @Benchmark
    public int oneMachine(Blackhole blackhole) {
        return checked(DeviceObjects.run(single, blackhole::consume).evaluated(), singleObjects);
    }

    private static int checked(int evaluated, int expected) {
        if (evaluated != expected) {
            throw new IllegalStateException("evaluated " + evaluated + " objects, the setup counted " + expected);
        }
        return evaluated;
    }
}
