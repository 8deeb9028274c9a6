package dev.gpioint.drivers.probe;

import java.util.Map;

/**
 * The probe's {@code _DSD} settings: {@value #EVENTS} is how many events per interrupt the log keeps with their
 * time (default {@value #DEFAULT_EVENTS}; 0 for long soaks, which keep counters only).
 */
final class ProbeProperties {
    static final String EVENTS = "gpioint,probe-events";
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
}
