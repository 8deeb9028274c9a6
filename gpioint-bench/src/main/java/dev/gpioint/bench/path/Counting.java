package dev.gpioint.bench.path;

import dev.gpioint.bench.board.BenchBoard;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/** The no-lost-interrupt check every path benchmark ends with. */
final class Counting {
    private Counting() {
    }

    /**
     * Waits (realtime machines) until every raised event was claimed by an ISR and handled by a deferred
     * routine, and fails naming the shortfall if that does not happen within 10 s.
     */
    static void requireAll(BenchBoard board, long raised) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            if (board.machine.isDeterministic()) {
                board.machine.runUntilIdle();
            }
            long claimed = board.claimedTotal();
            long handled = board.handledTotal();
            if (claimed == raised && handled == raised) {
                return;
            }
            if (claimed > raised || System.nanoTime() > deadline) {
                throw new IllegalStateException("lost interrupts: raised " + raised + ", ISRs claimed " + claimed
                        + ", deferred routines handled " + handled);
            }
            LockSupport.parkNanos(100_000);
        }
    }
}
