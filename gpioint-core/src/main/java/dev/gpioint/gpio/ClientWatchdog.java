package dev.gpioint.gpio;

import dev.gpioint.kernel.Machine;
import dev.gpioint.status.NtStatus;
import dev.gpioint.status.NtStatusException;
import dev.gpioint.wdf.WdfDevice;

/**
 * The bound on one controller's client callbacks: gpioint's stand-in for Windows' DPC watchdog, which bug-checks
 * (0x133 DPC_WATCHDOG_VIOLATION) when one ISR or DPC keeps a processor too long. Here the machine goes on: a
 * callback that took longer than {@link dev.gpioint.kernel.MachineOptions#callbackBoundNanos} fails its controller
 * through {@code WdfDeviceSetFailed} with a report naming the callback, the controller, the time and the bound.
 *
 * <p>Callers read the machine's coarse clock ({@link Machine#tickNanos}) before a callback ({@link #now}) and pass
 * that reading on to the next check, so a run of callbacks costs one volatile read each, no clock read: on a
 * deterministic machine the tick is the exact virtual time, which only a stall moves; on a realtime one it is
 * the wall clock as of the timer thread's last tick, so a time is known to a tick (1-10 ms), as Windows' DPC
 * watchdog counts clock ticks. A callback is judged when it returns: Java cannot preempt one that never does.
 */
final class ClientWatchdog {
    private final Machine machine;
    private final WdfDevice device;
    private final long boundNanos;
    /** Set by the first overrun: the client is not called again from an interrupt. */
    private volatile boolean tripped;

    ClientWatchdog(Machine machine, WdfDevice device) {
        this.machine = machine;
        this.device = device;
        this.boundNanos = machine.options().callbackBoundNanos();
    }

    long now() {
        return machine.tickNanos();
    }

    boolean tripped() {
        return tripped;
    }

    /**
     * Checks {@code callback} about {@code bank}, which ran since {@code start}; returns the clock now, the start
     * of the next one. Takes the bank apart from the name so the normal path builds no string. On an overrun
     * fails the controller (once) and returns a negative reading, so the caller stops using the client.
     */
    long check(long start, String callback, int bank) {
        long end = machine.tickNanos();
        if (end - start <= boundNanos) {
            return end;
        }
        overran(callback + " for bank " + bank, end - start);
        return -1;
    }

    /** Off the normal path: may allocate its report. */
    private void overran(String callback, long tookNanos) {
        if (tripped) {
            return;
        }
        tripped = true;
        device.setFailed("client callback watchdog: the GPIO client of " + device.path() + " spent "
                + (machine.isDeterministic() ? "" : "about ") + micros(tookNanos) + " in " + callback
                + ", over the bound of " + micros(boundNanos)
                + " (Windows would bug-check 0x133 DPC_WATCHDOG_VIOLATION)");
    }

    /**
     * The exception an interrupt-time caller throws after an overrun: the interrupt is then quarantined and the
     * controller's failure (already requested, with the watchdog's reason) proceeds.
     */
    NtStatusException failure() {
        return new NtStatusException(NtStatus.IO_TIMEOUT, "the GPIO client of " + device.path()
                + " overran the client callback bound");
    }

    /** Microseconds below 10 ms, else milliseconds: the realtime tick makes finer digits meaningless there. */
    private static String micros(long nanos) {
        if (nanos >= 10_000_000L) {
            return String.format("%,d ms", nanos / 1_000_000L);
        }
        return nanos % 1000 == 0 ? nanos / 1000 + " us" : String.format("%.3f us", nanos / 1000.0);
    }
}
