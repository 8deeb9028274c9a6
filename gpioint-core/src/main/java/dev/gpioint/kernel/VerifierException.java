package dev.gpioint.kernel;

import java.util.Objects;

/**
 * A broken driver rule, caught by the verifier: names the rule, the call that broke it and why. On Windows
 * this would be a verifier break or a bug check; here it is thrown from the offending call.
 */
public final class VerifierException extends RuntimeException {
    private final VerifierRule rule;
    private final String call;

    public VerifierException(VerifierRule rule, String call, String detail) {
        super("verifier: rule " + rule + " broken by " + call + ": " + detail);
        this.rule = Objects.requireNonNull(rule, "rule");
        this.call = Objects.requireNonNull(call, "call");
    }

    public VerifierRule rule() {
        return rule;
    }

    public String call() {
        return call;
    }
}
