package dev.gpioint.kernel;

/** The rules the verifier checks; each names what a driver or the framework did wrong. */
public enum VerifierRule {
    /** A call made above the highest IRQL it allows. */
    IRQL_TOO_HIGH("the call was made above the IRQL it allows"),
    /** A call made at an IRQL other than the one it requires. */
    IRQL_MISMATCH("the call requires a different IRQL"),
    /** An attempt to raise the IRQL to a lower level. */
    IRQL_NOT_LOWER("KeRaiseIrql to a lower level"),
    /** An attempt to lower the IRQL to a higher level. */
    IRQL_NOT_GREATER_OR_EQUAL("KeLowerIrql to a higher level"),
    /** A spin lock taken on a passive-level interrupt (bug check 0x13B on Windows). */
    PASSIVE_INTERRUPT_ERROR("an interrupt spin lock was used on a passive-level interrupt"),
    /** A lock released that the caller does not hold, or taken twice. */
    LOCK_MISUSE("a lock was released without being held, or acquired twice"),
    /** A lock operation on an interrupt that is not connected. */
    INTERRUPT_NOT_CONNECTED("the interrupt is not connected"),
    /** A call meant for passive-level interrupts made on a DIRQL interrupt. */
    PASSIVE_INTERRUPT_ONLY("the call is for passive-level interrupts only"),
    /** A UMDF driver created an interrupt without direct hardware access and without a connection resource. */
    INTERRUPT_ACCESS_NOT_ALLOWED("UMDF interrupts need UmdfDirectHardwareAccess or a connection resource"),
    /** A redundant connect or disconnect. */
    REDUNDANT_CONNECT("the interrupt is already in the requested connection state");

    private final String meaning;

    VerifierRule(String meaning) {
        this.meaning = meaning;
    }

    public String meaning() {
        return meaning;
    }
}
