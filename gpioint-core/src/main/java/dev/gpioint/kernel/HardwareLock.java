package dev.gpioint.kernel;

import java.util.concurrent.locks.ReentrantLock;

/**
 * Serializes access to one simulated hardware model or kernel structure (a GPIO controller's registers, an
 * interrupt line), the way the device's own bus would. On a realtime machine it is a reentrant lock: injector,
 * processor and worker threads reach the same registers. On a deterministic machine one thread does everything,
 * so there is nothing to exclude and the lock does nothing at all. That one-thread rule is checked where
 * hardware meets the machine rather than here (on every interrupt request and every run of the machine), so a
 * second thread fails loudly instead of racing, without a check on every register access.
 *
 * <p>Reentrant: a model may call back into itself while holding it (a line reporting a storm to listeners that
 * read the line). Use as {@code lock.lock(); try { ... } finally { lock.unlock(); }}. Allocates nothing.
 */
public final class HardwareLock {
    /** Null on a deterministic machine. */
    private final ReentrantLock lock;

    public HardwareLock(Machine machine) {
        this.lock = machine.isConcurrent() ? new ReentrantLock() : null;
    }

    public void lock() {
        if (lock != null) {
            lock.lock();
        }
    }

    public void unlock() {
        if (lock != null) {
            lock.unlock();
        }
    }
}
