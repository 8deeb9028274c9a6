package dev.gpioint.kernel;

/**
 * What the calling thread is doing for the machine: which processor it plays (or -1) and at which IRQL.
 * One mutable object per thread, reached through a thread-local, so reading or switching it allocates nothing.
 *
 * <p>Finding the context is on the interrupt path (Windows reads the processor control region through a
 * segment register for the same reason). A one-entry hint, set by the thread that runs a deterministic
 * machine each time it starts running it, answers that thread with one comparison; any other thread misses
 * the hint and uses the thread-local. The hint is only ever a shortcut: it is checked against the calling
 * thread, and its owner field is final, so a thread never gets another's context.
 */
public final class ExecutionContext {
    private static final ThreadLocal<ExecutionContext> CURRENT = ThreadLocal.withInitial(ExecutionContext::new);
    /** The context of the thread that last started a deterministic run; read and written plainly. */
    private static ExecutionContext hint;

    private final Thread owner = Thread.currentThread();
    int processor = -1;
    int irql = Irql.PASSIVE;

    private ExecutionContext() {
    }

    static ExecutionContext current() {
        ExecutionContext hinted = hint;
        if (hinted != null && hinted.owner == Thread.currentThread()) {
            return hinted;
        }
        return CURRENT.get();
    }

    /**
     * The calling thread's context, made the hint: for the thread about to run a deterministic machine, which
     * then asks for its context several times per interrupt. Not for realtime threads: several of them taking
     * turns would only move the hint's cache line between cores.
     */
    static ExecutionContext currentAsHint() {
        ExecutionContext context = CURRENT.get();
        hint = context;
        return context;
    }

    /** The index of the processor the calling thread runs on, or -1 outside any processor. */
    public static int currentProcessor() {
        return current().processor;
    }
}
