package dev.gpioint.wdf;

/** A framework wait lock (WDFWAITLOCK): the lock of a passive interrupt, taken at PASSIVE_LEVEL. */
public interface WdfWaitLock {
}
