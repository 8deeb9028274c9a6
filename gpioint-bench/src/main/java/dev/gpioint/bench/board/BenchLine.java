package dev.gpioint.bench.board;

import dev.gpioint.kernel.RegisterWindow;
import dev.gpioint.wdf.InterruptDpc;
import dev.gpioint.wdf.InterruptIsr;
import dev.gpioint.wdf.InterruptWorkItem;
import dev.gpioint.wdf.WdfInterrupt;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The bench driver's routines for one interrupt output of a {@link BenchPeripheral}: the ISR checks the
 * output's register, acknowledges it and queues the DPC (or, for a passive interrupt, the work item); the
 * deferred routine records that it has handled every event the ISR took. Nothing logs or allocates.
 *
 * <p>The ISR and its deferred routine may run on different threads (a passive ISR and its work item run on
 * any worker), so counters are published with release stores and read with acquire loads; when
 * {@code stamped}, the first instruction of each routine reads {@link System#nanoTime()} for the latency
 * harness.
 */
public final class BenchLine implements InterruptIsr, InterruptDpc, InterruptWorkItem {
    private static final VarHandle ISR_CALLS;
    private static final VarHandle HANDLED;
    private static final VarHandle DEFERRED_STAMP;

    static {
        try {
            var lookup = MethodHandles.lookup();
            ISR_CALLS = lookup.findVarHandle(BenchLine.class, "isrCalls", long.class);
            HANDLED = lookup.findVarHandle(BenchLine.class, "handled", long.class);
            DEFERRED_STAMP = lookup.findVarHandle(BenchLine.class, "deferredStamp", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final RegisterWindow registers;
    private final long register;
    private final boolean passive;
    private final boolean stamped;
    @SuppressWarnings("unused") // through ISR_CALLS
    private long isrCalls;
    private long claimed;
    @SuppressWarnings("unused") // through HANDLED
    private long handled;
    private long isrStamp;
    @SuppressWarnings("unused") // through DEFERRED_STAMP
    private long deferredStamp;

    BenchLine(RegisterWindow registers, int index, boolean passive, boolean stamped) {
        this.registers = registers;
        this.register = 4L * index;
        this.passive = passive;
        this.stamped = stamped;
    }

    @Override
    public boolean isr(WdfInterrupt interrupt, int messageId) {
        long now = stamped ? System.nanoTime() : 0;
        if (registers.read32(register) == 0) {
            ISR_CALLS.setRelease(this, (long) ISR_CALLS.get(this) + 1);
            return false;
        }
        registers.write32(register, 1);
        isrStamp = now;
        claimed++;
        ISR_CALLS.setRelease(this, (long) ISR_CALLS.get(this) + 1);
        if (passive) {
            interrupt.queueWorkItemForIsr();
        } else {
            interrupt.queueDpcForIsr();
        }
        return true;
    }

    @Override
    public void dpc(WdfInterrupt interrupt) {
        deferred();
    }

    @Override
    public void workItem(WdfInterrupt interrupt) {
        deferred();
    }

    private void deferred() {
        long now = stamped ? System.nanoTime() : 0;
        // The ISR's claimed count is published by its release store of isrCalls; read that first.
        ISR_CALLS.getAcquire(this);
        long taken = claimed;
        if (stamped) {
            DEFERRED_STAMP.setRelease(this, now);
        }
        HANDLED.setRelease(this, taken);
    }

    /** ISR calls, claimed or not. */
    public long isrCalls() {
        return (long) ISR_CALLS.getAcquire(this);
    }

    /** Events the ISR claimed (found pending and acknowledged). */
    public long claimed() {
        ISR_CALLS.getAcquire(this);
        return claimed;
    }

    /** Events the ISR claimed that a DPC or work item has since handled. */
    public long handled() {
        return (long) HANDLED.getAcquire(this);
    }

    /** {@link System#nanoTime()} at the first instruction of the last claiming ISR (stamped lines only). */
    public long isrStamp() {
        ISR_CALLS.getAcquire(this);
        return isrStamp;
    }

    /** {@link System#nanoTime()} at the first instruction of the last DPC or work item; 0 before the first. */
    public long deferredStamp() {
        return (long) DEFERRED_STAMP.getAcquire(this);
    }
}
