package dev.gpioint.bench.peers;

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
 * Figure 5, same thread: the peers' mock dispatch, injection to listener on the calling thread, with the same
 * settings as {@code FullPathBenchmark} so the two stand side by side. The peers live in this class only, so
 * their libraries stay dependencies of the benchmarks alone.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class PeersBenchmark {
    @Param({"pi4j", "diozero"})
    public String peer;

    private PeerRig rig;
    private long injected;

    @Setup(Level.Trial)
    public void open() {
        rig = PeerRig.open(peer, false);
    }

    @Benchmark
    public void injectToListener() {
        rig.inject();
        injected++;
    }

    @TearDown(Level.Trial)
    public void countEveryEvent() {
        long delivered = rig.delivered();
        rig.close();
        if (delivered != injected) {
            throw new IllegalStateException(rig.name() + " lost events: injected " + injected + ", delivered " + delivered);
        }
    }
}
