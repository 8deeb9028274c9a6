package dev.gpioint.kernel;

/**
 * Interrupt request levels, as on x64 Windows: PASSIVE 0, APC 1, DISPATCH 2, device levels (DIRQL) 3 to 12,
 * then CLOCK, IPI and HIGH. Each thread that runs framework code has a current IRQL; framework calls check
 * it against their rule and the {@link Verifier} names the rule a caller broke.
 *
 * <p>The current IRQL is per thread: a realtime processor thread, a passive worker, or the single thread of a
 * deterministic machine (which switches it as it plays each simulated processor). A thread the machine does
 * not know (a test, a tool) runs at PASSIVE.
 */
public final class Irql {
    public static final int PASSIVE = 0;
    public static final int APC = 1;
    public static final int DISPATCH = 2;
    /** The lowest device interrupt level. */
    public static final int DIRQL_MIN = 3;
    /** The highest device interrupt level. */
    public static final int DIRQL_MAX = 12;
    public static final int CLOCK = 13;
    public static final int IPI = 14;
    public static final int HIGH = 15;

    private Irql() {
    }

    /** The calling thread's IRQL. */
    public static int current() {
        return ExecutionContext.current().irql;
    }

    /** Raises the calling thread's IRQL to {@code level} (KeRaiseIrql) and returns the old one. */
    public static int raise(int level) {
        ExecutionContext context = ExecutionContext.current();
        int old = context.irql;
        if (level < old) {
            throw new VerifierException(VerifierRule.IRQL_NOT_LOWER, "KeRaiseIrql",
                    "cannot raise to " + name(level) + " from the higher " + name(old));
        }
        context.irql = level;
        return old;
    }

    /** Lowers the calling thread's IRQL back to {@code level} (KeLowerIrql). */
    public static void lower(int level) {
        ExecutionContext context = ExecutionContext.current();
        if (level > context.irql) {
            throw new VerifierException(VerifierRule.IRQL_NOT_GREATER_OR_EQUAL, "KeLowerIrql",
                    "cannot lower to " + name(level) + " from the lower " + name(context.irql));
        }
        context.irql = level;
    }

    /** True for a device interrupt level. */
    public static boolean isDirql(int level) {
        return level >= DIRQL_MIN && level <= DIRQL_MAX;
    }

    /** "PASSIVE_LEVEL", "DISPATCH_LEVEL", "DIRQL 7", ... */
    public static String name(int level) {
        return switch (level) {
            case PASSIVE -> "PASSIVE_LEVEL";
            case APC -> "APC_LEVEL";
            case DISPATCH -> "DISPATCH_LEVEL";
            case CLOCK -> "CLOCK_LEVEL";
            case IPI -> "IPI_LEVEL";
            case HIGH -> "HIGH_LEVEL";
            default -> isDirql(level) ? "DIRQL " + level : "IRQL " + level;
        };
    }
}
