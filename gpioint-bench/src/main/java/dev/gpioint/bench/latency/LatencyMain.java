package dev.gpioint.bench.latency;

import dev.gpioint.bench.board.BenchBoard;
import dev.gpioint.bench.board.BenchLine;
import dev.gpioint.bench.board.BenchPeripheral;
import dev.gpioint.bench.path.FullPathBenchmark;
import dev.gpioint.bench.peers.PeerRig;
import dev.gpioint.kernel.IdlePolicy;
import dev.gpioint.kernel.MachineOptions;
import java.util.concurrent.TimeUnit;

/**
 * Figure 2 (and the cross-thread half of figures 4 and 5): latency from an edge raised on one thread to the
 * first instruction of the ISR and of the deferred routine running on another. Run in a fresh JVM per target:
 *
 * <pre>java -cp benchmarks.jar dev.gpioint.bench.latency.LatencyMain TARGET SPIN|PARK [samples rounds]</pre>
 *
 * TARGET is {@code gpioint} (DIRQL ISR + DPC), {@code gpioint-passive} (passive ISR + work item),
 * {@code gpioint-expander} (the same on an I2C expander pin behind a SoC pin), a peer
 * ({@code pi4j}, {@code diozero}) behind one {@link Handoff}, or {@code bare}: the handoff alone, the floor. Each sample: wait a gap (20 µs, so a parking
 * processor is asleep), read the clock, raise, wait for the deferred routine (or listener), take the
 * differences. A warm-up round is discarded; each measured round prints one line
 * {@code ROUND n isr.p50=… deferred.p50=…} (peers: {@code listener.…}); a sample not delivered within 1 s is
 * counted as {@code missed}.
 */
public final class LatencyMain {
    private static final long GAP_NANOS = 20_000;
    private static final long TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(1);

    private LatencyMain() {
    }

    public static void main(String[] args) {
        String target = args[0];
        IdlePolicy policy = IdlePolicy.valueOf(args[1]);
        int samples = args.length > 2 ? Integer.parseInt(args[2]) : 50_000;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        if (target.startsWith("gpioint")) {
            String path = target.equals("gpioint") ? "dirql" : target.substring("gpioint-".length());
            measureGpioint(path, policy, samples, rounds);
        } else {
            measurePeer(target, policy, samples, rounds);
        }
    }

    private static void measureGpioint(String path, IdlePolicy policy, int samples, int rounds) {
        try (var board = BenchBoard.boot(MachineOptions.realtime(1, policy).withMeasureTime(false),
                FullPathBenchmark.layout(path).stamped(true))) {
            BenchPeripheral peripheral = board.peripherals().getFirst();
            BenchLine line = board.lines().getFirst();
            long[] isr = new long[samples];
            long[] deferred = new long[samples];
            long done = 0;
            for (int round = 0; round <= rounds; round++) {
                int missed = 0;
                for (int s = 0; s < samples; s++) {
                    gap();
                    long t0 = System.nanoTime();
                    peripheral.raise(0);
                    long deadline = t0 + TIMEOUT_NANOS;
                    while (line.handled() == done) {
                        if (System.nanoTime() > deadline) {
                            break;
                        }
                        Thread.onSpinWait();
                    }
                    if (line.handled() == done) {
                        missed++;
                        while (line.handled() == done) {
                            Thread.onSpinWait(); // late, not lost: wait so the next sample starts clean
                        }
                    }
                    done = line.handled();
                    isr[s] = line.isrStamp() - t0;
                    deferred[s] = line.deferredStamp() - t0;
                }
                if (round > 0) {
                    System.out.println("ROUND " + round + " " + Percentiles.of(isr, samples).format("isr") + " "
                            + Percentiles.of(deferred, samples).format("deferred") + " missed=" + missed);
                }
            }
        }
    }

    private static void measurePeer(String peer, IdlePolicy policy, int samples, int rounds) {
        try (PeerRig rig = peer.equals("bare") ? new BareRig() : PeerRig.open(peer, true); var handoff = new Handoff(rig, policy)) {
            long[] latency = new long[samples];
            long done = 0;
            for (int round = 0; round <= rounds; round++) {
                int missed = 0;
                for (int s = 0; s < samples; s++) {
                    gap();
                    long t0 = System.nanoTime();
                    handoff.request();
                    long deadline = t0 + TIMEOUT_NANOS;
                    while (rig.delivered() == done) {
                        if (System.nanoTime() > deadline) {
                            missed++;
                            deadline = Long.MAX_VALUE;
                        }
                        Thread.onSpinWait();
                    }
                    done = rig.delivered();
                    latency[s] = rig.lastStamp() - t0;
                }
                if (round > 0) {
                    System.out.println("ROUND " + round + " " + Percentiles.of(latency, samples).format("listener") + " missed=" + missed);
                }
            }
        }
    }

    private static void gap() {
        long until = System.nanoTime() + GAP_NANOS;
        while (System.nanoTime() < until) {
            Thread.onSpinWait();
        }
    }
}
