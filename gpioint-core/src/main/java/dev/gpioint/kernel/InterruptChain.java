package dev.gpioint.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The interrupt objects connected to one source, and how a request from that source reaches them.
 *
 * <p>DIRQL objects come before passive ones, each group in connection order. At the source's IRQL the
 * dispatcher calls the DIRQL ISRs: for a level source until one claims, for an edge source all of them (an
 * edge is not repeated, so every sharer must look). If none claimed and passive ISRs are connected, a level
 * source is masked and the passive ISRs run on a worker, one request at a time; the source is unmasked after
 * they return. A request nobody claims is counted as spurious. Membership changes copy the array, so dispatch
 * reads it without locking or allocating.
 */
final class InterruptChain {
    private static final KInterrupt[] NONE = new KInterrupt[0];

    private final InterruptSource source;
    private volatile KInterrupt[] members = NONE;
    /**
     * Whether the source is level-triggered, read when an object connects: it cannot change while objects are
     * connected (sharers must agree on the mode), and dispatch then needs no call into the source.
     */
    private volatile boolean level;
    private final WorkItem passiveWork;
    private final AtomicInteger passiveRequests = new AtomicInteger();
    private final java.util.concurrent.atomic.AtomicLong spurious = new java.util.concurrent.atomic.AtomicLong();
    /** The source is held masked for a quarantined object until it is disconnected. */
    private volatile boolean heldForQuarantine;

    InterruptChain(Machine machine, InterruptSource source) {
        this.source = source;
        this.passiveWork = machine.newWorkItem(this::runPassive, "passive ISRs of " + source.describe());
    }

    InterruptSource source() {
        return source;
    }

    /** Runs the chain for one request, on the calling thread, whose context is {@code context}. */
    boolean dispatch(ExecutionContext context) {
        KInterrupt[] chain = members;
        boolean level = this.level;
        boolean claimed = false;
        boolean hasPassive = false;
        for (KInterrupt interrupt : chain) {
            if (interrupt.isPassive()) {
                hasPassive = true;
            } else if (interrupt.invoke(context)) {
                claimed = true;
                if (level) {
                    break;
                }
            }
        }
        // An edge is not repeated: passive sharers must look even when a DIRQL sharer claimed it.
        if (hasPassive && (!claimed || !level)) {
            return dispatchPassive(context, level, claimed);
        }
        if (!claimed) {
            spurious.incrementAndGet();
        }
        return claimed;
    }

    /** The passive ISRs' part of a request (kept out of {@link #dispatch} so the DIRQL path stays small). */
    private boolean dispatchPassive(ExecutionContext context, boolean level, boolean claimed) {
        if (context.irql == Irql.PASSIVE) {
            // Already at PASSIVE (a serial controller's ISR on a worker): run the passive ISRs here, with no
            // handoff. The source is still masked by its caller, which unmasks it when this returns.
            boolean passiveClaimed = runPassiveIsrs(level);
            if (!claimed && !passiveClaimed) {
                spurious.incrementAndGet();
            }
            return claimed || passiveClaimed;
        }
        if (level) {
            source.maskForPassive();
        }
        passiveRequests.incrementAndGet();
        passiveWork.queue();
        return true;
    }

    private void runPassive() {
        boolean level = source.isLevel();
        int requests = passiveRequests.getAndSet(0);
        for (int i = 0; i < requests; i++) {
            if (!runPassiveIsrs(level)) {
                spurious.incrementAndGet();
            }
        }
        if (level && requests > 0) {
            source.unmaskAfterPassive();
        }
    }

    /** Runs the passive ISRs for one request, at PASSIVE: for a level source until one claims. */
    private boolean runPassiveIsrs(boolean level) {
        boolean claimed = false;
        for (KInterrupt interrupt : members) {
            if (interrupt.isPassive() && interrupt.isConnected() && interrupt.invoke(null)) {
                claimed = true;
                if (level) {
                    break;
                }
            }
        }
        return claimed;
    }

    synchronized void add(KInterrupt interrupt) {
        level = source.isLevel();
        List<KInterrupt> next = new ArrayList<>(List.of(members));
        if (interrupt.isPassive()) {
            next.add(interrupt);
        } else {
            int firstPassive = 0;
            while (firstPassive < next.size() && !next.get(firstPassive).isPassive()) {
                firstPassive++;
            }
            next.add(firstPassive, interrupt);
        }
        members = next.toArray(NONE);
    }

    synchronized void remove(KInterrupt interrupt) {
        List<KInterrupt> next = new ArrayList<>(List.of(members));
        next.remove(interrupt);
        members = next.toArray(NONE);
    }

    KInterrupt[] members() {
        return members;
    }

    boolean isEmpty() {
        return members.length == 0;
    }

    long spuriousCount() {
        return spurious.get();
    }

    /**
     * Removes a failed object from dispatch. If it was the last one on a level source, the source is held
     * masked (as for a pending passive ISR) until the object is disconnected.
     */
    void quarantine(KInterrupt interrupt) {
        remove(interrupt);
        if (isEmpty() && source.isLevel() && !heldForQuarantine) {
            heldForQuarantine = true;
            source.maskForPassive();
        }
    }

    /** Called when a quarantined object is disconnected: releases the hold taken for it. */
    void releaseQuarantineHold() {
        if (heldForQuarantine) {
            heldForQuarantine = false;
            source.unmaskAfterPassive();
        }
    }

    /** Flushes pending passive ISRs of this chain (runs them or waits for them). */
    WorkItem passiveWork() {
        return passiveWork;
    }
}
