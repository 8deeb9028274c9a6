package dev.gpioint.pnp;

import dev.gpioint.kernel.SpinLock;
import dev.gpioint.wdf.WdfSpinLock;

/** A framework spin lock; interrupts whose configs name it share its kernel spin lock. */
final class FxSpinLock implements WdfSpinLock {
    final FxDevice owner;
    final SpinLock lock;

    FxSpinLock(FxDevice owner) {
        this.owner = owner;
        this.lock = new SpinLock(owner.machine(), "WDFSPINLOCK of " + owner.path());
    }
}
