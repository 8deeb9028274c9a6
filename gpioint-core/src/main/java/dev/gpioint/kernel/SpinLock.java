package dev.gpioint.kernel;

import java.util.concurrent.atomic.AtomicReference;

/**
 * A spin lock taken at a raised IRQL, as an interrupt spin lock is. Acquiring raises the caller to the lock's
 * IRQL and returns the old one to restore. Uncontended use allocates nothing. Re-acquiring on the owning
 * thread is a {@link VerifierRule#LOCK_MISUSE} (it would deadlock on Windows).
 *
 * <p>On a deterministic machine one thread runs every processor and no callback is preempted, so the lock is
 * never contended: it keeps a plain "held" flag, with the same misuse checks, instead of an atomic owner.
 */
public final class SpinLock {
    private final String name;
    /** The owning thread on a realtime machine; null on a deterministic one. */
    private final AtomicReference<Thread> owner;
    /** Whether the lock is held, on a deterministic machine. */
    private boolean held;

    public SpinLock(Machine machine, String name) {
        this.name = name;
        this.owner = machine.isConcurrent() ? new AtomicReference<>() : null;
    }

    /** Raises to {@code irql}, takes the lock and returns the IRQL to pass to {@link #release}. */
    public int acquire(int irql, String call) {
        return acquire(ExecutionContext.current(), irql, call);
    }

    /** {@link #acquire(int, String)} for a caller that has its context at hand. */
    int acquire(ExecutionContext context, int irql, String call) {
        if (owner == null) {
            if (held) {
                throw alreadyHeld(call);
            }
            held = true;
            return raise(context, irql);
        }
        Thread me = Thread.currentThread();
        if (owner.get() == me) {
            throw alreadyHeld(call);
        }
        int old = raise(context, irql); // raise first, then spin, as KeAcquireSpinLockRaiseToDpc does
        while (!owner.compareAndSet(null, me)) {
            Thread.onSpinWait();
        }
        return old;
    }

    private static int raise(ExecutionContext context, int irql) {
        int old = context.irql;
        if (irql > old) {
            context.irql = irql;
        }
        return old;
    }

    public void release(int oldIrql, String call) {
        release(ExecutionContext.current(), oldIrql, call);
    }

    /** {@link #release(int, String)} for a caller that has its context at hand. */
    void release(ExecutionContext context, int oldIrql, String call) {
        if (owner == null) {
            if (!held) {
                throw notHeld(call);
            }
            held = false;
        } else if (!owner.compareAndSet(Thread.currentThread(), null)) {
            throw notHeld(call);
        }
        context.irql = oldIrql;
    }

    public boolean isHeldByCurrentThread() {
        return owner == null ? held : owner.get() == Thread.currentThread();
    }

    private VerifierException alreadyHeld(String call) {
        return new VerifierException(VerifierRule.LOCK_MISUSE, call, name + " is already held by this thread");
    }

    private VerifierException notHeld(String call) {
        return new VerifierException(VerifierRule.LOCK_MISUSE, call, name + " is not held by this thread");
    }
}
