package dev.gpioint.resource;

import java.util.StringJoiner;

/** The {@code CM_RESOURCE_INTERRUPT_*} flag bits of an interrupt descriptor. Values are Windows'. */
public final class InterruptFlags {
    /** Level-sensitive (the absence of {@link #LATCHED}). */
    public static final int LEVEL_SENSITIVE = 0x00;
    /** Edge-triggered. */
    public static final int LATCHED = 0x01;
    /** Message-signaled (MSI). */
    public static final int MESSAGE = 0x02;
    /** Policy included; not used with partial descriptors. */
    public static final int POLICY_INCLUDED = 0x04;
    /** A secondary interrupt: a GPIO pin behind a GPIO controller. */
    public static final int SECONDARY_INTERRUPT = 0x10;
    /** The interrupt can wake the system or device. */
    public static final int WAKE_HINT = 0x20;

    private InterruptFlags() {
    }

    public static boolean isLatched(int flags) {
        return (flags & LATCHED) != 0;
    }

    /** "LATCHED|SECONDARY"-style text, "LEVEL" when no bit is set. */
    public static String describe(int flags) {
        var text = new StringJoiner("|");
        text.add((flags & LATCHED) != 0 ? "LATCHED" : "LEVEL");
        if ((flags & MESSAGE) != 0) {
            text.add("MESSAGE");
        }
        if ((flags & POLICY_INCLUDED) != 0) {
            text.add("POLICY_INCLUDED");
        }
        if ((flags & SECONDARY_INTERRUPT) != 0) {
            text.add("SECONDARY");
        }
        if ((flags & WAKE_HINT) != 0) {
            text.add("WAKE_HINT");
        }
        return text.toString();
    }
}
