package dev.gpioint.drivers.probe;

import java.util.Map;

/**
 * The probe's {@code _DSD} settings: {@value #EVENTS} is how many events per interrupt the log keeps with their
 * time (default {@value #DEFAULT_EVENTS}; 0 for long soaks, which keep counters only); {@value #FAULT} injects
 * a driver fault: {@code "isr-throw N"} or {@code "dpc-throw N"} makes the ISR (or DPC / work item) of the
 * device's first interrupt throw on its N-th call.
 */
final class ProbeProperties {
    static final String EVENTS = "gpioint,probe-events";
    static final String FAULT = "gpioint,probe-fault";
    static final int DEFAULT_EVENTS = 4096;

    private ProbeProperties() {
    }

    static int events(Map<String, Object> properties) {
        Object value = properties.get(EVENTS);
        if (value == null) {
            return DEFAULT_EVENTS;
        }
        if (!(value instanceof Long number) || number < 0 || number > 1 << 24) {
            throw new IllegalArgumentException(EVENTS + " must be a count 0.." + (1 << 24) + ", not " + value);
        }
        return number.intValue();
    }

    /** The injected fault: {kind (0 none, 1 ISR, 2 DPC), call number}. */
    static long[] fault(Map<String, Object> properties) {
        Object value = properties.get(FAULT);
        if (value == null) {
            return new long[] {0, 0};
        }
        String[] words = value instanceof String text ? text.trim().split("\\s+") : new String[0];
        if (words.length == 2 && (words[0].equals("isr-throw") || words[0].equals("dpc-throw"))) {
            try {
                long call = Long.parseLong(words[1]);
                if (call >= 1) {
                    return new long[] {words[0].equals("isr-throw") ? 1 : 2, call};
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw new IllegalArgumentException(FAULT + " is \"isr-throw N\" or \"dpc-throw N\" (N >= 1), not " + value);
    }
}
