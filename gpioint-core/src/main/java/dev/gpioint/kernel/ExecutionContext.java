package dev.gpioint.kernel;

/**
 * What the calling thread is doing for the machine: which processor it plays (or -1) and at which IRQL.
 * One mutable object per thread, reached through a thread-local, so reading or switching it allocates nothing.
 */
public final class ExecutionContext {
    private static final ThreadLocal<ExecutionContext> CURRENT = ThreadLocal.withInitial(ExecutionContext::new);

    int processor = -1;
    int irql = Irql.PASSIVE;

    private ExecutionContext() {
    }

    static ExecutionContext current() {
        return CURRENT.get();
    }

    /** The index of the processor the calling thread runs on, or -1 outside any processor. */
    public static int currentProcessor() {
        return CURRENT.get().processor;
    }
}
