package dev.gpioint.bench.latency;

import dev.gpioint.bench.peers.PeerRig;

/**
 * The latency floor: no library behind the {@link Handoff}, only a listener that reads the clock and counts.
 * Its percentiles are what this machine allows any cross-thread figure (two threads spinning or parking on two
 * cores, with the operating system and the JVM's own threads sharing them), so gpioint's and the peers' tails
 * can be read against it.
 */
final class BareRig implements PeerRig {
    private volatile long delivered;
    private volatile long stamp;

    @Override
    public String name() {
        return "no library (the handoff alone)";
    }

    @Override
    public void inject() {
        stamp = System.nanoTime();
        delivered = delivered + 1;
    }

    @Override
    public long delivered() {
        return delivered;
    }

    @Override
    public long lastStamp() {
        return stamp;
    }

    @Override
    public void close() {
    }
}
