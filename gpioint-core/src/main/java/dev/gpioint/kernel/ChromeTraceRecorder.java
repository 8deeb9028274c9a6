package dev.gpioint.kernel;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Records every ISR, DPC and work item as begin/end events and writes them in the Chrome trace event format
 * (JSON), which {@code ui.perfetto.dev} and {@code chrome://tracing} open: one track per processor and one for
 * passive workers.
 *
 * <p>Timestamps: on a realtime machine, machine time (wall clock since start). On a deterministic machine,
 * machine time is virtual and does not move while routines run, so each event is placed at its virtual time
 * plus the wall time that has passed since virtual time last moved, and never before the previous event: the
 * picture keeps the virtual order and shows how long each routine really took.
 */
public final class ChromeTraceRecorder implements ExecutionTracer {
    private static final int WORKERS = 1000;

    private record Event(String name, String category, char phase, double micros, int track, String args) {
    }

    private final Machine machine;
    private final List<Event> events = new ArrayList<>();
    /** Passive routines get one track per worker thread, so begin/end pairs nest per track. */
    private final java.util.Map<Thread, Integer> workerTracks = new java.util.LinkedHashMap<>();
    private long lastVirtual = -1;
    private long anchorWall;
    private double lastMicros;

    public ChromeTraceRecorder(Machine machine) {
        this.machine = machine;
    }

    private synchronized void add(String name, String category, char phase, int processor, String args) {
        double micros;
        if (machine.isDeterministic()) {
            long virtual = machine.nanoTime();
            long wall = System.nanoTime();
            if (virtual != lastVirtual) {
                lastVirtual = virtual;
                anchorWall = wall;
            }
            micros = Math.max(lastMicros, (virtual + (wall - anchorWall)) / 1000.0);
        } else {
            micros = machine.nanoTime() / 1000.0;
        }
        lastMicros = micros;
        int track = processor >= 0 ? processor : WORKERS + workerTracks.computeIfAbsent(Thread.currentThread(), t -> workerTracks.size());
        events.add(new Event(name, category, phase, micros, track, args));
    }

    @Override
    public void isrBegin(int processor, KInterrupt interrupt) {
        add("ISR " + interrupt.owner(), "isr", 'B', processor, "\"source\": " + quote(interrupt.sourceDescription())
                + ", \"vector\": " + interrupt.vector() + ", \"irql\": " + (interrupt.isPassive() ? 0 : interrupt.irql()));
    }

    @Override
    public void isrEnd(int processor, KInterrupt interrupt, boolean claimed) {
        add("ISR " + interrupt.owner(), "isr", 'E', processor, "\"claimed\": " + claimed);
    }

    @Override
    public void dpcBegin(int processor, Dpc dpc) {
        add(dpc.name(), "dpc", 'B', processor, "");
    }

    @Override
    public void dpcEnd(int processor, Dpc dpc) {
        add(dpc.name(), "dpc", 'E', processor, "");
    }

    @Override
    public void workItemBegin(WorkItem item) {
        add(item.name(), "work", 'B', -1, "");
    }

    @Override
    public void workItemEnd(WorkItem item) {
        add(item.name(), "work", 'E', -1, "");
    }

    /** How many events were recorded. */
    public synchronized int size() {
        return events.size();
    }

    /** Writes the trace as a JSON object with {@code traceEvents} and thread names. */
    public synchronized void write(Writer out) throws IOException {
        out.write("{\"displayTimeUnit\": \"ns\", \"traceEvents\": [\n");
        for (int cpu = 0; cpu < machine.processorCount(); cpu++) {
            out.write(String.format(Locale.ROOT, "{\"ph\": \"M\", \"name\": \"thread_name\", \"pid\": 1, \"tid\": %d, \"args\": {\"name\": \"CPU%d\"}},%n", cpu, cpu));
        }
        out.write(String.format(Locale.ROOT, "{\"ph\": \"M\", \"name\": \"process_name\", \"pid\": 1, \"args\": {\"name\": \"gpioint machine\"}}"));
        for (int worker = 0; worker < Math.max(1, workerTracks.size()); worker++) {
            out.write(String.format(Locale.ROOT, ",%n{\"ph\": \"M\", \"name\": \"thread_name\", \"pid\": 1, \"tid\": %d, \"args\": {\"name\": \"PASSIVE worker %d\"}}",
                    WORKERS + worker, worker));
        }
        for (Event event : events) {
            out.write(String.format(Locale.ROOT, ",%n{\"name\": %s, \"cat\": \"%s\", \"ph\": \"%c\", \"ts\": %.3f, \"pid\": 1, \"tid\": %d%s}",
                    quote(event.name()), event.category(), event.phase(), event.micros(), event.track(),
                    event.args().isEmpty() ? "" : ", \"args\": {" + event.args() + "}"));
        }
        out.write("\n]}\n");
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
