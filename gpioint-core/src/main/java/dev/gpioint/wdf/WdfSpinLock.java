package dev.gpioint.wdf;

/**
 * A framework spin lock (WDFSPINLOCK). Given to several DIRQL interrupts' configs it makes them share one
 * interrupt lock, taken at the highest of their DIRQLs. Not for passive interrupts.
 */
public interface WdfSpinLock {
}
