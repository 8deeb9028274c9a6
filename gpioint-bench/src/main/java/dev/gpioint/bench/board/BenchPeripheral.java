package dev.gpioint.bench.board;

import dev.gpioint.kernel.Machine;
import dev.gpioint.kernel.MmioDevice;
import dev.gpioint.sim.SignalSink;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * A peripheral with {@code n} edge-triggered interrupt outputs and one register per output: reading register
 * {@code 4*i} gives 1 while output {@code i} has an event waiting, writing it acknowledges the event.
 * {@link #raise} brings the output low, posts the event and drives the output high: one rising edge per event,
 * and the edge is the last thing the raising thread does, so nothing it does afterwards competes with the
 * interrupt it caused.
 *
 * <p>Thread-safe without locks: an injector thread raises, a processor thread acknowledges. Nothing allocates.
 */
public final class BenchPeripheral implements MmioDevice {
    private final AtomicIntegerArray pending;
    private final SignalSink[] outputs;

    /** Attaches the registers at {@code base} and wires output {@code i} to {@code outputs[i]}. */
    public BenchPeripheral(Machine machine, String name, long base, SignalSink[] outputs) {
        this.outputs = outputs.clone();
        this.pending = new AtomicIntegerArray(outputs.length);
        machine.memory().attach(base, registerBytes(outputs.length), this, name);
    }

    /** The size of the register block of a peripheral with {@code outputs} outputs. */
    public static long registerBytes(int outputs) {
        return 4L * outputs;
    }

    public int outputs() {
        return outputs.length;
    }

    /** Posts an event on output {@code i} with a rising edge. Call only while {@link #isPending} is false. */
    public void raise(int i) {
        SignalSink out = outputs[i];
        out.drive(false);
        pending.set(i, 1);
        out.drive(true);
    }

    /** Whether the event posted on output {@code i} has not been acknowledged yet. */
    public boolean isPending(int i) {
        return pending.get(i) != 0;
    }

    @Override
    public int read32(long offset) {
        return pending.get((int) (offset >>> 2));
    }

    @Override
    public void write32(long offset, int value) {
        pending.set((int) (offset >>> 2), 0);
    }
}
