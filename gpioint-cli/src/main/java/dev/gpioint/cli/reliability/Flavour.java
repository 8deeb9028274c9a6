package dev.gpioint.cli.reliability;

/** Which probe driver serves a generated device, by hardware ID: how its ISRs run and what they may use. */
public enum Flavour {
    /** KMDF, DIRQL ISR and DPC. */
    KMDF_DIRQL("GPRB0001"),
    /** KMDF, passive ISR and work item. */
    KMDF_PASSIVE("GPRB0002"),
    /** UMDF, passive ISR and work item; edge interrupts only, never shared. */
    UMDF("GPRB0003");

    private final String hardwareId;

    Flavour(String hardwareId) {
        this.hardwareId = hardwareId;
    }

    public String hardwareId() {
        return hardwareId;
    }

    public boolean passive() {
        return this != KMDF_DIRQL;
    }
}
