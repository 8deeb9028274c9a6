package dev.gpioint.bench.peers;

/**
 * One peer library's in-process mock input pin with a listener attached, driven as
 * {@code shared/reference/java-peers.md} §5 describes. {@link #inject} delivers one event to the listener
 * synchronously on the calling thread (both peers' mocks do); the listener counts it and, when the rig is
 * stamped, reads {@link System#nanoTime()} first thing.
 */
public interface PeerRig extends AutoCloseable {
    /** "Pi4J 3.0.3 mock", "diozero 1.4.1 mock". */
    String name();

    /** Injects one event; it reaches the listener before this returns. */
    void inject();

    /** Events the listener has seen (read on the injecting thread, or after a handoff that publishes it). */
    long delivered();

    /** The listener's clock reading for the last event. */
    long lastStamp();

    @Override
    void close();

    /** A rig for peer {@code name} ("pi4j" or "diozero"). */
    static PeerRig open(String name, boolean stamped) {
        return switch (name) {
            case "pi4j" -> new Pi4jRig(stamped);
            case "diozero" -> new DiozeroRig(stamped);
            default -> throw new IllegalArgumentException("unknown peer " + name);
        };
    }
}
