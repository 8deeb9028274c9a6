package dev.gpioint.kernel;

import dev.gpioint.firmware.InterruptMode;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A connected interrupt object (KINTERRUPT): one ISR on one vector, with its lock and its counters. Created by
 * {@link InterruptManager#connect}; dead after {@link InterruptManager#disconnect}.
 *
 * <p>A DIRQL object's lock is a spin lock taken at its synchronize IRQL; a passive object's lock is a wait lock
 * taken at PASSIVE. Using the other kind is a verifier error (bug check 0x13B on Windows).
 */
public final class KInterrupt {
    private final ConnectRequest request;
    private final ServiceRoutine routine;
    private final int synchronizeIrql;
    private final boolean measuresTime;
    private final InterruptChain chain;
    private final SpinLock spinLock;
    private final ReentrantLock passiveLock;
    private final long[] serviceCounts;
    private final Machine machine;
    volatile boolean connected = true;
    volatile boolean quarantined;
    private long claimed;
    private long unclaimed;
    private long isrNanos;

    KInterrupt(Machine machine, ConnectRequest request, InterruptChain chain) {
        this.machine = machine;
        this.request = request;
        this.routine = request.routine();
        this.synchronizeIrql = request.synchronizeIrql();
        this.measuresTime = machine.measuresTime();
        this.chain = chain;
        this.spinLock = request.passive() ? null : request.spinLock().orElseGet(() -> new SpinLock(machine, "interrupt lock of " + request.owner()));
        this.passiveLock = request.passive() ? new ReentrantLock() : null;
        this.serviceCounts = new long[machine.processorCount() + 1];
    }

    /**
     * Runs the ISR with the lock held; counts it. Called by the dispatcher only: a DIRQL object on a processor,
     * with the calling thread's {@code context}; a passive object on a worker, with a null context.
     */
    boolean invoke(ExecutionContext context) {
        if (passiveLock != null) {
            return invokePassive();
        }
        // One level, not several: the bank ISR, the pin's chain and the peripheral's ISR nest inside this call,
        // and the JIT stops inlining at a fixed depth.
        int processor = context.processor;
        int old = spinLock.acquire(context, synchronizeIrql, "ISR dispatch");
        try {
            ExecutionTracer tracer = machine.tracer();
            boolean result = tracer == ExecutionTracer.NONE && !measuresTime
                    ? routine.service(this)
                    : serviceObserved(processor, tracer);
            count(processor, result); // under the lock, so no count is lost
            return result;
        } finally {
            spinLock.release(context, old, "ISR dispatch");
        }
    }

    private boolean invokePassive() {
        passiveLock.lock();
        try {
            boolean result = serviceObserved(-1, machine.tracer());
            count(-1, result);
            return result;
        } finally {
            passiveLock.unlock();
        }
    }

    private void count(int processor, boolean result) {
        serviceCounts[processor < 0 ? serviceCounts.length - 1 : processor]++;
        if (result) {
            claimed++;
        } else {
            unclaimed++;
        }
    }

    /** Runs the ISR, timed and traced when the machine asks for it. */
    private boolean serviceObserved(int processor, ExecutionTracer tracer) {
        if (tracer != ExecutionTracer.NONE) {
            tracer.isrBegin(processor, this);
        }
        long start = measuresTime ? System.nanoTime() : 0;
        boolean result = false;
        try {
            result = routine.service(this);
        } finally {
            if (tracer != ExecutionTracer.NONE) {
                tracer.isrEnd(processor, this, result);
            }
        }
        if (start != 0) {
            isrNanos += System.nanoTime() - start;
        }
        return result;
    }

    /**
     * Takes this object out of dispatch at once, at any IRQL, because its ISR failed: it gets no more requests,
     * and a level source it alone was on stays masked until the object is disconnected (a failed driver cannot
     * silence its device, so unmasking would only storm).
     */
    public void quarantine() {
        if (quarantined) {
            return;
        }
        quarantined = true;
        chain.quarantine(this);
    }

    public boolean isQuarantined() {
        return quarantined;
    }

    /** KeAcquireInterruptSpinLock: DIRQL objects only; returns the IRQL to restore. */
    public int acquireSpinLock(String call) {
        if (spinLock == null) {
            throw new VerifierException(VerifierRule.PASSIVE_INTERRUPT_ERROR, call,
                    "the interrupt of " + request.owner() + " is passive-level: it has no spin lock");
        }
        Verifier.requireIrqlAtMost(request.synchronizeIrql(), call);
        return spinLock.acquire(request.synchronizeIrql(), call);
    }

    public void releaseSpinLock(int oldIrql, String call) {
        spinLock.release(oldIrql, call);
    }

    /** The passive interrupt lock (a wait lock); null for a DIRQL object. */
    public ReentrantLock passiveLock() {
        return passiveLock;
    }

    /** Whether this object agreed to share its vector. */
    public boolean isSharedConnection() {
        return request.shareVector();
    }

    public boolean isPassive() {
        return request.passive();
    }

    public boolean isConnected() {
        return connected;
    }

    public long vector() {
        return request.vector();
    }

    public int irql() {
        return request.irql();
    }

    public int synchronizeIrql() {
        return request.synchronizeIrql();
    }

    public InterruptMode mode() {
        return request.mode();
    }

    public String owner() {
        return request.owner();
    }

    /** The source (line or pin) this object is connected to. */
    public String sourceDescription() {
        return chain.source().describe();
    }

    /** How often the ISR ran on each processor; the last entry counts passive runs on workers. */
    public long[] serviceCounts() {
        return serviceCounts.clone();
    }

    public long claimedCount() {
        return claimed;
    }

    public long unclaimedCount() {
        return unclaimed;
    }

    public long isrNanos() {
        return isrNanos;
    }

    InterruptChain chain() {
        return chain;
    }
}
