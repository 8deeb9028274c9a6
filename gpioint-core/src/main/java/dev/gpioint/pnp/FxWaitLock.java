package dev.gpioint.pnp;

import dev.gpioint.wdf.WdfWaitLock;
import java.util.concurrent.locks.ReentrantLock;

/** A framework wait lock: a passive interrupt's WDF lock. */
final class FxWaitLock implements WdfWaitLock {
    final FxDevice owner;
    final ReentrantLock lock = new ReentrantLock();

    FxWaitLock(FxDevice owner) {
        this.owner = owner;
    }
}
