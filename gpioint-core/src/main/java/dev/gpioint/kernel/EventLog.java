package dev.gpioint.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The machine's log of reported events, in the order they were reported. Thread-safe. Listeners see each
 * event as it is added; {@link #events()} gives a snapshot. Logging allocates, so it belongs in deferred
 * routines and lifecycle code, not in ISRs on the hot path.
 */
public final class EventLog {
    private final Machine machine;
    private final List<MachineEvent> events = new ArrayList<>();
    private final List<Consumer<MachineEvent>> listeners = new CopyOnWriteArrayList<>();

    EventLog(Machine machine) {
        this.machine = machine;
    }

    public void add(String source, MachineEvent.Kind kind, String message) {
        var event = new MachineEvent(machine.nanoTime(), source, kind, message);
        synchronized (events) {
            events.add(event);
        }
        for (Consumer<MachineEvent> listener : listeners) {
            listener.accept(event);
        }
    }

    public void addListener(Consumer<MachineEvent> listener) {
        listeners.add(listener);
    }

    public List<MachineEvent> events() {
        synchronized (events) {
            return List.copyOf(events);
        }
    }

    /** The events of one kind, in order. */
    public List<MachineEvent> events(MachineEvent.Kind kind) {
        return events().stream().filter(e -> e.kind() == kind).toList();
    }
}
