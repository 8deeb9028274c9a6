package dev.gpioint.bench.latency;

import dev.gpioint.bench.peers.PeerRig;
import dev.gpioint.kernel.IdlePolicy;
import java.util.concurrent.locks.LockSupport;

/**
 * One thread handoff in front of a peer's mock, the way gpioint's injector reaches a processor thread: the
 * injector bumps a request counter; the handoff thread, which spins or parks when idle as {@code policy} says
 * (parking for at most 100 ms, as a gpioint processor does), sees it and injects into the peer on its own thread.
 * Park/unpark uses a volatile sleeping flag checked on both sides, so no wake-up is lost.
 */
final class Handoff implements AutoCloseable {
    private final PeerRig rig;
    private final IdlePolicy policy;
    private final Thread thread;
    private volatile long requested;
    private volatile boolean sleeping;
    private volatile boolean running = true;

    Handoff(PeerRig rig, IdlePolicy policy) {
        this.rig = rig;
        this.policy = policy;
        this.thread = Thread.ofPlatform().daemon().name("peer-handoff").start(this::loop);
    }

    private void loop() {
        long seen = 0;
        while (running) {
            long wanted = requested;
            if (wanted != seen) {
                seen = wanted;
                rig.inject();
                continue;
            }
            if (policy == IdlePolicy.SPIN) {
                Thread.onSpinWait();
            } else {
                sleeping = true;
                if (requested == seen && running) {
                    LockSupport.parkNanos(this, 100_000_000L);
                }
                sleeping = false;
            }
        }
    }

    /** Asks the handoff thread to inject one event. */
    void request() {
        requested = requested + 1;
        if (sleeping) {
            LockSupport.unpark(thread);
        }
    }

    @Override
    public void close() {
        running = false;
        LockSupport.unpark(thread);
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
