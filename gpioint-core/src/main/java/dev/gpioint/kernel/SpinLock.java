package dev.gpioint.kernel;

import java.util.concurrent.atomic.AtomicReference;

/**
 * A spin lock taken at a raised IRQL, as an interrupt spin lock is. Acquiring raises the caller to the lock's
 * IRQL and returns the old one to restore. Uncontended use allocates nothing. Re-acquiring on the owning
 * thread is a {@link VerifierRule#LOCK_MISUSE} (it would deadlock on Windows).
 */
public final class SpinLock {
    private final AtomicReference<Thread> owner = new AtomicReference<>();
    private final String name;

    public SpinLock(String name) {
        this.name = name;
    }

    /** Raises to {@code irql}, takes the lock and returns the IRQL to pass to {@link #release}. */
    public int acquire(int irql, String call) {
        Thread me = Thread.currentThread();
        if (owner.get() == me) {
            throw new VerifierException(VerifierRule.LOCK_MISUSE, call, name + " is already held by this thread");
        }
        ExecutionContext context = ExecutionContext.current();
        int old = context.irql;
        if (irql > old) {
            context.irql = irql;
        }
        while (!owner.compareAndSet(null, me)) {
            Thread.onSpinWait();
        }
        return old;
    }

    public void release(int oldIrql, String call) {
        if (!owner.compareAndSet(Thread.currentThread(), null)) {
            throw new VerifierException(VerifierRule.LOCK_MISUSE, call, name + " is not held by this thread");
        }
        ExecutionContext.current().irql = oldIrql;
    }

    public boolean isHeldByCurrentThread() {
        return owner.get() == Thread.currentThread();
    }
}
