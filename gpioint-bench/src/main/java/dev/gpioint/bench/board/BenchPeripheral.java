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
 * <p>Thread-safe without locks: an injector thread raises, a processor thread acknowledges. Release stores and
 * acquire loads are enough, because the two never write the same register at once (the injector raises only
 * while nothing is pending) and the edge itself carries the injector's writes to the processor; a volatile
 * store would add a full fence per event, which is not what a device register costs. Nothing allocates.
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
        pending.setRelease(i, 1);
        out.drive(true);
    }

    /** Whether the event posted on output {@code i} has not been acknowledged yet. */
    public boolean isPending(int i) {
        return pending.getAcquire(i) != 0;
    }

    @Override
    public int read32(long offset) {
        return pending.getAcquire((int) (offset >>> 2));
    }

    @Override
    public void write32(long offset, int value) {
        pending.setRelease((int) (offset >>> 2), 0);
    }
}
