package dev.gpioint.sim;

import dev.gpioint.kernel.HardwareLock;
import dev.gpioint.kernel.Machine;

/**
 * Several open-drain interrupt outputs tied to one input (a shared level interrupt): the net is asserted while
 * any output asserts it. The net drives its input at the asserted electrical level ({@code assertHigh}) or the
 * released one, and starts released, so an active-low net idles high before anything connects.
 *
 * <p>Outputs are counted, not remembered: each {@link #output()} must assert and release in pairs. Thread-safe.
 */
public final class WiredOr {
    private final SignalSink input;
    private final boolean assertHigh;
    private final HardwareLock lock;
    private int asserting;

    public WiredOr(Machine machine, SignalSink input, boolean assertHigh) {
        this.input = input;
        this.assertHigh = assertHigh;
        this.lock = new HardwareLock(machine);
        input.drive(!assertHigh);
    }

    /** One output on the net: {@code drive(true)} asserts it, {@code drive(false)} releases it. */
    public SignalSink output() {
        boolean[] mine = new boolean[1];
        return asserted -> {
            lock.lock();
            try {
                if (mine[0] == asserted) {
                    return;
                }
                mine[0] = asserted;
                int before = asserting;
                asserting += asserted ? 1 : -1;
                if ((before == 0) != (asserting == 0)) {
                    input.drive(asserting > 0 == assertHigh);
                }
            } finally {
                lock.unlock();
            }
        };
    }
}
