package dev.gpioint.kernel;

/** IRQL checks for framework calls. Each check reads the caller's IRQL without allocating. */
public final class Verifier {
    private Verifier() {
    }

    /** The call {@code call} may be made at most at {@code max}. */
    public static void requireIrqlAtMost(int max, String call) {
        int irql = Irql.current();
        if (irql > max) {
            throw new VerifierException(VerifierRule.IRQL_TOO_HIGH, call,
                    "called at " + Irql.name(irql) + ", allowed at most at " + Irql.name(max));
        }
    }

    /** The call {@code call} must be made at exactly {@code level}. */
    public static void requireIrql(int level, String call) {
        int irql = Irql.current();
        if (irql != level) {
            throw new VerifierException(VerifierRule.IRQL_MISMATCH, call,
                    "called at " + Irql.name(irql) + ", requires " + Irql.name(level));
        }
    }
}
