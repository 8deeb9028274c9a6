package dev.gpioint.linux.selftest;

import static dev.gpioint.linux.selftest.Check.equal;
import static dev.gpioint.linux.selftest.Check.require;
import static dev.gpioint.linux.selftest.Check.sleepMillis;

import dev.gpioint.firmware.BoardBuilder;
import dev.gpioint.firmware.Firmware;
import dev.gpioint.firmware.InterruptMode;
import dev.gpioint.firmware.Polarity;
import dev.gpioint.kernel.Irql;
import dev.gpioint.kernel.Machine;
import dev.gpioint.kernel.MachineEvent;
import dev.gpioint.linux.client.ChipBackend;
import dev.gpioint.linux.client.ChipBindings;
import dev.gpioint.linux.client.GpiochipBackend;
import dev.gpioint.linux.client.LinuxGpioDriver;
import dev.gpioint.linux.probe.IsrProbeDriver;
import dev.gpioint.linux.tools.LinuxHardware;
import dev.gpioint.linux.uapi.Bias;
import dev.gpioint.linux.uapi.Chips;
import dev.gpioint.linux.uapi.Edge;
import dev.gpioint.linux.uapi.EdgeEvent;
import dev.gpioint.linux.uapi.EdgeEventBuffer;
import dev.gpioint.linux.uapi.EventClock;
import dev.gpioint.linux.uapi.GpioChip;
import dev.gpioint.linux.uapi.LineConfig;
import dev.gpioint.linux.uapi.LineInfoChange;
import dev.gpioint.linux.uapi.LineRequest;
import dev.gpioint.linux.uapi.LineSettings;
import dev.gpioint.linux.uapi.LinuxGpioException;
import dev.gpioint.pnp.DeviceState;
import dev.gpioint.pnp.DriverCatalog;
import dev.gpioint.pnp.PnpManager;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The integration suite that runs inside the qemu guest on a real kernel with gpio-sim: black-box checks in
 * the spirit of libgpiod's edge-event tests, a driver getting its ISR through the whole stack, bad-input
 * messages, and the latency of gpioint's monitor against libgpiod's gpiomon on the same gpio-sim pulls.
 * Prints one {@code PASS}/{@code FAIL} line per check, the latency lines, and a final
 * {@code GPIOINT-VM-SUITE: PASS|FAIL passed/total}; exits 0 only if every check passed.
 *
 * <p>Each check creates its own gpio-sim chip and removes it, so one failure does not cascade.
 */
public final class VmSuite {
    private static final Duration QUIET = Duration.ofMillis(30);
    private static int chips;

    private VmSuite() {
    }

    public static void main(String[] args) {
        List<Check> checks = List.of(
                new Check("chip info, label lookup and line info", VmSuite::chipInfo),
                new Check("rising edge only", () -> singleEdge(Edge.RISING)),
                new Check("falling edge only", () -> singleEdge(Edge.FALLING)),
                new Check("both edges, monotonic timestamps", VmSuite::bothEdges),
                new Check("seqno and line seqno across two lines", VmSuite::seqnoAcrossLines),
                new Check("seven events in one batch read", VmSuite::batchRead),
                new Check("realtime event clock", VmSuite::realtimeClock),
                new Check("active-low inverts edges", VmSuite::activeLow),
                new Check("bias pull-up sets the value without an event", VmSuite::biasPullUp),
                new Check("debounce filters glitches", VmSuite::debounce),
                new Check("reconfigure a live request", VmSuite::reconfigure),
                new Check("overflow is counted as lost events", VmSuite::overflow),
                new Check("line info watch sees request and release", VmSuite::watch),
                new Check("bad input gives one clear message", VmSuite::badInput),
                new Check("chip removal gives a clear error", VmSuite::chipRemoval),
                new Check("a driver's ISR through the whole stack", VmSuite::fullStack),
                new Check("latency: gpioint monitor vs gpiomon", VmSuite::latency));
        int passed = 0;
        for (Check check : checks) {
            long start = System.nanoTime();
            try {
                check.body().run();
                passed++;
                System.out.printf("PASS %s (%d ms)%n", check.name(), (System.nanoTime() - start) / 1_000_000);
            } catch (Throwable t) {
                System.out.printf("FAIL %s: %s%n", check.name(), t);
                t.printStackTrace(System.out);
            }
        }
        System.out.printf("GPIOINT-VM-SUITE: %s %d/%d%n", passed == checks.size() ? "PASS" : "FAIL", passed, checks.size());
        System.exit(passed == checks.size() ? 0 : 1);
    }

    private static GpioSim sim(int lines) {
        return GpioSim.create("suite" + (chips++), lines);
    }

    private static List<EdgeEvent> readAll(LineRequest request, Duration quiet) {
        var events = new ArrayList<EdgeEvent>();
        try (EdgeEventBuffer buffer = new EdgeEventBuffer(64)) {
            while (request.waitForEvents(quiet)) {
                int n = request.read(buffer);
                for (int i = 0; i < n; i++) {
                    events.add(buffer.event(i));
                }
            }
        }
        return events;
    }

    private static void chipInfo() {
        try (GpioSim sim = sim(8); GpioChip chip = GpioChip.open(sim.path())) {
            equal(chip.info().lines(), 8, "lines");
            equal(chip.info().name(), sim.chipName, "name");
            require(chip.info().label().startsWith("gpio-sim"), "label " + chip.info().label());
            try (GpioChip byLabel = new Chips().open(chip.info().label())) {
                equal(byLabel.path(), sim.path(), "chip found by label");
            }
            var info = chip.lineInfo(3);
            equal(info.offset(), 3, "offset");
            equal(info.used(), false, "used");
            try (LineRequest r = chip.request("suite", LineConfig.of(LineSettings.edges(Edge.BOTH).withBias(Bias.PULL_DOWN), 3), 0)) {
                var used = chip.lineInfo(3);
                equal(used.used(), true, "used after request");
                equal(used.consumer(), "suite", "consumer");
                equal(used.settings().edge(), Edge.BOTH, "edges");
                equal(used.settings().bias(), Bias.PULL_DOWN, "bias");
            }
        }
    }

    private static void singleEdge(Edge edge) {
        try (GpioSim sim = sim(8); GpioChip chip = GpioChip.open(sim.path());
             LineRequest r = chip.request("suite", LineConfig.of(LineSettings.edges(edge), 2), 0)) {
            sim.pull(2, true);
            sleepMillis(2);
            sim.pull(2, false);
            List<EdgeEvent> events = readAll(r, QUIET);
            equal(events.size(), 1, "events " + events);
            equal(events.getFirst().rising(), edge == Edge.RISING, "type");
            equal(events.getFirst().offset(), 2, "offset");
            equal(events.getFirst().seqno(), 1L, "seqno");
            equal(events.getFirst().lineSeqno(), 1L, "line seqno");
        }
    }

    private static void bothEdges() {
        try (GpioSim sim = sim(8); GpioChip chip = GpioChip.open(sim.path());
             LineRequest r = chip.request("suite", LineConfig.of(LineSettings.edges(Edge.BOTH), 2), 0)) {
            long before = System.nanoTime();
            sim.pull(2, true);
            sleepMillis(2);
            sim.pull(2, false);
            List<EdgeEvent> events = readAll(r, QUIET);
            equal(events.size(), 2, "events " + events);
            require(events.get(0).rising() && !events.get(1).rising(), "rising then falling: " + events);
            require(events.get(0).timestampNs() >= before, "timestamp on CLOCK_MONOTONIC after the pull");
            require(events.get(1).timestampNs() > events.get(0).timestampNs(), "timestamps increase: " + events);
            equal(events.get(1).lineSeqno(), 2L, "line seqno");
        }
    }

    private static void seqnoAcrossLines() {
        try (GpioSim sim = sim(8); GpioChip chip = GpioChip.open(sim.path());
             LineRequest r = chip.request("suite", LineConfig.of(LineSettings.edges(Edge.BOTH), 2, 3), 0)) {
            sim.pull(2, true);
            sleepMillis(2);
            sim.pull(3, true);
            List<EdgeEvent> events = readAll(r, QUIET);
            equal(events.size(), 2, "events " + events);
            equal(events.get(0), new EdgeEvent(events.get(0).timestampNs(), true, 2, 1, 1), "first");
            equal(events.get(1), new EdgeEvent(events.get(1).timestampNs(), true, 3, 2, 1), "second");
            equal(r.lostEvents(), 0L, "lost");
        }
    }

    private static void batchRead() {
        try (GpioSim sim = sim(8); GpioChip chip = GpioChip.open(sim.path());
             LineRequest r = chip.request("suite", LineConfig.of(LineSettings.edges(Edge.BOTH), 1), 0);
             EdgeEventBuffer buffer = new EdgeEventBuffer(12)) {
            for (int i = 0; i < 7; i++) {
                sim.pull(1, i % 2 == 0);
                sleepMillis(2);
            }
            sleepMillis(20);
            int n = r.read(buffer);
            equal(n, 7, "events in one read");
            for (int i = 0; i < n; i++) {
                equal(buffer.lineSeqno(i), (long) i + 1, "line seqno " + i);
                equal(buffer.rising(i), i % 2 == 0, "type " + i);
                require(i == 0 || buffer.timestampNs(i) > buffer.timestampNs(i - 1), "timestamps increase");
            }
            require(!r.waitForEvents(Duration.ofMillis(1)), "nothing more queued");
        }
    }

    private static void realtimeClock() {
        try (GpioSim sim = sim(8); GpioChip chip = GpioChip.open(sim.path());
             LineRequest r = chip.request("suite", LineConfig.of(LineSettings.edges(Edge.RISING).withClock(EventClock.REALTIME), 0), 0)) {
            long start = System.currentTimeMillis() * 1_000_000L;
            sim.pull(0, true);
            List<EdgeEvent> events = readAll(r, QUIET);
            long end = (System.currentTimeMillis() + 1) * 1_000_000L;
            equal(events.size(), 1, "events");
            long ts = events.getFirst().timestampNs();
            require(ts >= start && ts <= end, "realtime timestamp " + ts + " within [" + start + ", " + end + "]");
            equal(chip.lineInfo(0).settings().clock(), EventClock.REALTIME, "line info clock");
        }
    }

    private static void activeLow() {
        try (GpioSim sim = sim(8); GpioChip chip = GpioChip.open(sim.path());
             LineRequest r = chip.request("suite", LineConfig.of(LineSettings.edges(Edge.BOTH).withActiveLow(true), 4), 0)) {
            equal(r.value(4), true, "a low line is active");
            sim.pull(4, true);
            List<EdgeEvent> events = readAll(r, QUIET);
            equal(events.size(), 1, "events");
            equal(events.getFirst().rising(), false, "a physical rise is a falling (active to inactive) edge");
        }
    }

    private static void biasPullUp() {
        try (GpioSim sim = sim(8); GpioChip chip = GpioChip.open(sim.path());
             LineRequest r = chip.request("suite", LineConfig.of(LineSettings.edges(Edge.BOTH).withBias(Bias.PULL_UP), 5), 0)) {
            equal(r.value(5), true, "pulled up");
            equal(readAll(r, QUIET).size(), 0, "no event from the bias");
            sim.pull(5, false);
            List<EdgeEvent> events = readAll(r, QUIET);
            equal(events.size(), 1, "events");
            equal(events.getFirst().rising(), false, "external pull-down is a falling edge");
        }
    }

    private static void debounce() {
        Duration period = Duration.ofMillis(40);
        try (GpioSim sim = sim(8); GpioChip chip = GpioChip.open(sim.path());
             LineRequest r = chip.request("suite", LineConfig.of(LineSettings.edges(Edge.BOTH).withDebounce(period), 6), 0)) {
            equal(chip.lineInfo(6).settings().debounceMicros(), 40_000, "line info debounce");
            for (int i = 0; i < 10; i++) {
                sim.pull(6, true);
                sim.pull(6, false); // each glitch far shorter than the period
            }
            equal(readAll(r, Duration.ofMillis(150)).size(), 0, "glitches filtered");
            equal(r.value(6), false, "debounced value stays low");
            sim.pull(6, true);
            List<EdgeEvent> events = readAll(r, Duration.ofMillis(200));
            equal(events.size(), 1, "one persistent change: " + events);
            equal(events.getFirst().rising(), true, "rising");
        }
    }

    private static void reconfigure() {
        try (GpioSim sim = sim(8); GpioChip chip = GpioChip.open(sim.path());
             LineRequest r = chip.request("suite", LineConfig.of(LineSettings.input(), 7), 0)) {
            sim.pull(7, true);
            equal(readAll(r, QUIET).size(), 0, "no edges requested yet");
            r.reconfigure(LineConfig.of(LineSettings.edges(Edge.BOTH), 7));
            equal(chip.lineInfo(7).settings().edge(), Edge.BOTH, "line info after reconfigure");
            sim.pull(7, false);
            List<EdgeEvent> events = readAll(r, QUIET);
            equal(events.size(), 1, "after enabling both edges: " + events);
            equal(events.getFirst().rising(), false, "falling");
            r.reconfigure(LineConfig.of(LineSettings.input(), 7));
            sim.pull(7, true);
            equal(readAll(r, QUIET).size(), 0, "edges disabled again");
        }
    }

    private static void overflow() {
        try (GpioSim sim = sim(8); GpioChip chip = GpioChip.open(sim.path());
             LineRequest r = chip.request("suite", LineConfig.of(LineSettings.edges(Edge.BOTH), 0), 4)) {
            for (int i = 0; i < 10; i++) {
                sim.pull(0, i % 2 == 0);
                sleepMillis(3);
            }
            sleepMillis(20);
            List<EdgeEvent> events = readAll(r, QUIET);
            equal(events.size(), 4, "a 4-event queue keeps the newest 4: " + events);
            equal(events.getFirst().lineSeqno(), 7L, "first kept event");
            equal(r.lostEvents(), 6L, "lost events counted");
        }
    }

    private static void watch() {
        try (GpioSim sim = sim(8); GpioChip watcher = GpioChip.open(sim.path()); GpioChip user = GpioChip.open(sim.path())) {
            watcher.watchLineInfo(1);
            try (LineRequest r = user.request("other", LineConfig.of(LineSettings.input(), 1), 0)) {
                LineInfoChange change = watcher.readInfoChange(Duration.ofSeconds(2)).orElseThrow(() -> new AssertionError("no change event"));
                equal(change.kind(), LineInfoChange.Kind.REQUESTED, "requested");
                equal(change.info().consumer(), "other", "consumer");
            }
            LineInfoChange released = watcher.readInfoChange(Duration.ofSeconds(2)).orElseThrow(() -> new AssertionError("no release event"));
            equal(released.kind(), LineInfoChange.Kind.RELEASED, "released");
            watcher.unwatchLineInfo(1);
        }
    }

    private static String failure(Check.Body body) {
        try {
            body.run();
        } catch (LinuxGpioException e) {
            return e.getMessage();
        } catch (Exception e) {
            throw new AssertionError("expected a LinuxGpioException, got " + e, e);
        }
        throw new AssertionError("expected a failure");
    }

    private static void badInput() {
        String missing = failure(() -> GpioChip.open("/dev/gpiochip99"));
        require(missing.contains("/dev/gpiochip99") && missing.contains("no such GPIO chip"), missing);
        String notGpio = failure(() -> GpioChip.open("/dev/null"));
        require(notGpio.contains("/dev/null") && notGpio.contains("not a GPIO character device"), notGpio);
        try (GpioSim sim = sim(8); GpioChip chip = GpioChip.open(sim.path())) {
            String range = failure(() -> chip.request("suite", LineConfig.of(LineSettings.input(), 8), 0));
            require(range.contains("line 8") && range.contains("out of range") && range.contains(sim.path()), range);
            try (LineRequest held = chip.request("holder", LineConfig.of(LineSettings.input(), 0), 0)) {
                String busy = failure(() -> chip.request("suite", LineConfig.of(LineSettings.input(), 0), 0));
                require(busy.contains("line 0") && busy.contains("EBUSY") && busy.contains(sim.path()), busy);
                String busyOfMany = failure(() -> chip.request("suite", LineConfig.of(LineSettings.input(), 1, 0), 0));
                require(busyOfMany.contains("line 0 by \"holder\""), busyOfMany);
            }
            System.out.println("  messages: " + missing + " | " + notGpio + " | " + range);
        }
    }

    private static void chipRemoval() throws Exception {
        try (GpioSim sim = sim(8)) {
            GpioChip chip = GpioChip.open(sim.path());
            LineRequest r = chip.request("suite", LineConfig.of(LineSettings.edges(Edge.BOTH), 0), 0);
            AtomicReference<String> gone = new AtomicReference<>();
            GpiochipBackend backend = GpiochipBackend.open(sim.path());
            backend.start(new ChipBackend.EdgeSink() {
                @Override
                public void edge(int offset, boolean rising, long timestampNs, long lostBefore) {
                }

                @Override
                public void chipGone(String reason) {
                    gone.set(reason);
                }
            });
            backend.open(3, LineSettings.edges(Edge.BOTH), "suite");
            sim.unplug();
            String message = failure(() -> {
                r.waitForEvents(Duration.ofSeconds(2));
                r.read(new EdgeEventBuffer(4));
            });
            require(message.contains(sim.path()) && message.contains("removed"), message);
            for (int i = 0; i < 200 && gone.get() == null; i++) {
                sleepMillis(10);
            }
            require(gone.get() != null && gone.get().contains(sim.path()) && gone.get().contains("requested lines: 3"), "event thread: " + gone.get());
            System.out.println("  message: " + message);
            System.out.println("  event thread: " + gone.get());
            r.close();
            chip.close();
            backend.close();
        }
    }

    private static Firmware board(String label) {
        return BoardBuilder.named("vm-suite")
                .device("\\_SB.GPLX", d -> d.hid(LinuxGpioDriver.HARDWARE_ID).interrupt(60, InterruptMode.LEVEL, Polarity.ACTIVE_HIGH)
                        .property(ChipBindings.PROPERTY, label))
                .device("\\_SB.PRB0", d -> d.hid(IsrProbeDriver.HARDWARE_ID)
                        .gpioInt("\\_SB.GPLX", 5, InterruptMode.EDGE, Polarity.ACTIVE_HIGH)
                        .gpioInt("\\_SB.GPLX", 6, InterruptMode.EDGE, Polarity.ACTIVE_BOTH))
                .device("\\_SB.PRB1", d -> d.hid(IsrProbeDriver.HARDWARE_ID).gpioInt("\\_SB.GPLX", 99, InterruptMode.EDGE, Polarity.ACTIVE_HIGH))
                .build();
    }

    private static void fullStack() {
        try (GpioSim sim = sim(8); Machine machine = LinuxHardware.machine(2)) {
            String label;
            try (GpioChip chip = GpioChip.open(sim.path())) {
                label = chip.info().label();
            }
            Firmware firmware = board(label);
            var binding = LinuxHardware.bind(machine, firmware, List.of(), DriverCatalog.of());
            IsrProbeDriver probe = (IsrProbeDriver) binding.catalog().drivers().get(1);
            var pnp = new PnpManager(machine, firmware, binding.catalog());
            pnp.startAll();
            machine.runUntilIdle();
            equal(pnp.device("\\_SB.GPLX").state(), DeviceState.STARTED, "controller " + pnp.device("\\_SB.GPLX").failureReason());
            equal(pnp.device("\\_SB.PRB0").state(), DeviceState.STARTED, "peripheral " + pnp.device("\\_SB.PRB0").failureReason());
            var bad = pnp.device("\\_SB.PRB1");
            equal(bad.state(), DeviceState.FAILED, "a GpioInt beyond the chip fails its device");
            System.out.println("  pin out of range: " + bad.failureReason().orElseThrow());
            sim.pull(5, true);
            waitFor(() -> probe.isrCalls(0) == 1, "ISR for line 5");
            sim.pull(5, false);
            sleepMillis(30);
            equal(probe.isrCalls(0), 1L, "a rising-edge pin ignores the fall");
            int dirql = pnp.device("\\_SB.PRB0").resources().translated().get(0).asInterrupt().level();
            equal(probe.lastIsrIrql(0), dirql, "ISR at the bank DIRQL");
            require(dirql > Irql.DISPATCH, "DIRQL above DISPATCH");
            waitFor(() -> probe.dpcCalls(0) == 1, "DPC for line 5");
            long[] latencies = new long[60];
            for (int i = 0; i < latencies.length; i++) {
                long before = probe.isrCalls(1);
                long t0 = System.nanoTime();
                sim.pull(6, i % 2 == 0);
                waitFor(() -> probe.isrCalls(1) == before + 1, "ISR " + (i + 1) + " for line 6");
                latencies[i] = probe.lastIsrWallNanos(1) - t0;
                sleepMillis(3);
            }
            equal(binding.gpioDriver().clients().getFirst().lostEvents(), 0L, "lost");
            System.out.println("LATENCY stack pull-to-ISR (gpioint, in process): " + stats(Arrays.copyOfRange(latencies, 10, latencies.length)));
            require(machine.log().events(MachineEvent.Kind.STORM).isEmpty(), "no storm");
            // Unplugging the chip under a running machine: logged, and the machine runs on.
            sim.unplug();
            waitFor(() -> machine.log().events(MachineEvent.Kind.FAILURE).stream().anyMatch(e -> e.toString().contains("removed")), "removal logged");
            machine.runUntilIdle();
            System.out.println("  removal: " + machine.log().events(MachineEvent.Kind.FAILURE).getLast());
            pnp.device("\\_SB.PRB0"); // still answers
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier done, String what) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            // Park briefly rather than spin: the guest has two CPUs, and the event and processor threads need them.
            java.util.concurrent.locks.LockSupport.parkNanos(20_000);
        }
    }

    static String stats(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format("n=%d median=%dus p90=%dus min=%dus max=%dus", sorted.length, sorted[sorted.length / 2] / 1000,
                sorted[sorted.length * 9 / 10] / 1000, sorted[0] / 1000, sorted[sorted.length - 1] / 1000);
    }

    /** Median pull-to-printed-line latency of a monitor process on {@code line}, after warm-up. */
    private static long[] timeMonitor(GpioSim sim, List<String> command, int line, int warmup, int samples) throws Exception {
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (GpioChip chip = GpioChip.open(sim.path());
             BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (!chip.lineInfo(line).used()) {
                require(process.isAlive(), "monitor exited: " + command);
                require(System.nanoTime() < deadline, "monitor did not request the line: " + command);
                sleepMillis(20);
            }
            long[] result = new long[samples];
            boolean level = sim.value(line);
            for (int i = 0; i < warmup + samples; i++) {
                level = !level;
                long t0 = System.nanoTime();
                sim.pull(line, level);
                String printed = out.readLine();
                long t1 = System.nanoTime();
                require(printed != null, "monitor output ended: " + command);
                if (i >= warmup) {
                    result[i - warmup] = t1 - t0;
                }
                sleepMillis(4);
            }
            return result;
        } finally {
            process.destroy();
            process.waitFor();
        }
    }

    private static void latency() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        String classPath = System.getProperty("java.class.path");
        try (GpioSim sim = sim(8)) {
            long[] gpiomon = timeMonitor(sim, List.of("gpiomon", "-b", sim.chipName, "4"), 4, 30, 200);
            long[] gpioint = timeMonitor(sim, List.of(java, "--enable-native-access=ALL-UNNAMED", "-cp", classPath,
                    MonitorProcess.class.getName(), sim.path(), "4"), 4, 300, 200);
            Arrays.sort(gpiomon);
            Arrays.sort(gpioint);
            System.out.println("LATENCY gpiomon  pull-to-printed-line: " + stats(gpiomon));
            System.out.println("LATENCY gpioint  pull-to-printed-line: " + stats(gpioint));
            System.out.printf("LATENCY ratio gpioint/gpiomon (median): %.2f%n", (double) gpioint[gpioint.length / 2] / Math.max(1, gpiomon[gpiomon.length / 2]));
        }
    }
}
