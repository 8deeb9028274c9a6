package dev.gpioint.pnp;

/**
 * Policy knobs of the PnP manager and framework.
 *
 * @param verifier                  run WDF's verifier-only checks (descriptor identity in WdfInterruptCreate)
 * @param passiveInterruptsSupported whether the "OS" supports passive-level interrupts (Windows 8 and later)
 * @param armSoftDisconnect         ARM/ARM64 behaviour: with ReportInactiveOnPowerDown left to the default,
 *                                  interrupts are reported inactive on power-down instead of disconnected
 */
public record PnpOptions(boolean verifier, boolean passiveInterruptsSupported, boolean armSoftDisconnect) {
    /** Verifier on, passive interrupts supported, x64-style hard disconnect. */
    public static PnpOptions defaults() {
        return new PnpOptions(true, true, false);
    }

    public PnpOptions withVerifier(boolean value) {
        return new PnpOptions(value, passiveInterruptsSupported, armSoftDisconnect);
    }

    public PnpOptions withPassiveInterruptsSupported(boolean value) {
        return new PnpOptions(verifier, value, armSoftDisconnect);
    }

    public PnpOptions withArmSoftDisconnect(boolean value) {
        return new PnpOptions(verifier, passiveInterruptsSupported, value);
    }
}
