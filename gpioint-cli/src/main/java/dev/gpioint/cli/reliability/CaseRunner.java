package dev.gpioint.cli.reliability;

import dev.gpioint.acpi.asl.AslCompiler;
import dev.gpioint.drivers.probe.ProbeDevice;
import dev.gpioint.drivers.probe.ProbeLog;
import dev.gpioint.firmware.Firmware;
import dev.gpioint.firmware.FirmwareException;
import dev.gpioint.kernel.Machine;
import dev.gpioint.kernel.MachineEvent;
import dev.gpioint.kernel.MachineOptions;
import dev.gpioint.pnp.DeviceNode;
import dev.gpioint.pnp.DeviceState;
import dev.gpioint.pnp.DriverCatalog;
import dev.gpioint.pnp.PnpManager;
import dev.gpioint.sim.board.SimBoard;
import dev.gpioint.sim.scenario.Scenario;
import dev.gpioint.sim.scenario.ScenarioException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Plays a case on a deterministic machine exactly as {@code gpioint run} would (the ASL compiled, the hardware
 * built from it, the built-in drivers, the scenario text parsed and scheduled) and compares what each probe
 * driver saw with the {@link ReferenceModel}. Also a discrepancy: a device that did not start, a failure in the
 * machine's log, a device in another state at the end than the trace leaves it in.
 */
public final class CaseRunner {
    private CaseRunner() {
    }

    /**
     * The outcome of one case: the ISR calls checked, the injected driver faults that fired and were contained
     * (the device failed, nobody else noticed), how many of those were controller clients hung past the
     * client-callback bound, and the discrepancies (empty when it passed).
     */
    public record Verdict(long interrupts, long faults, long hangs, List<String> discrepancies) {
        public Verdict(long interrupts, List<String> discrepancies) {
            this(interrupts, 0, 0, discrepancies);
        }

        public Verdict(long interrupts, long faults, List<String> discrepancies) {
            this(interrupts, faults, 0, discrepancies);
        }

        public boolean passed() {
            return discrepancies.isEmpty();
        }
    }

    /** Whether a device's injected fault fires, by the model's count of its calls. */
    enum Fault { NONE, FIRES, MAYBE, NEVER }

    /**
     * An ISR fault fires when the model gives the first interrupt at least N ISR calls. A DPC fault's N-th call
     * is certain when N is at most the buckets with a claimed call (one DPC each at least), impossible beyond the
     * claimed calls (DPCs coalesce), and either in between.
     */
    static Fault fault(DeviceSpec device, Expectation expected) {
        if (!device.faulty()) {
            return Fault.NONE;
        }
        long[][] calls = expected.of(device.index(), 0);
        long total = 0;
        long claimed = 0;
        long buckets = 0;
        for (int b = 0; b < expected.buckets(); b++) {
            total += calls[0][b] + calls[1][b];
            claimed += calls[0][b];
            buckets += calls[0][b] > 0 ? 1 : 0;
        }
        long n = device.faultCall();
        if (device.isrFault()) {
            return total >= n ? Fault.FIRES : Fault.NEVER;
        }
        return n <= buckets ? Fault.FIRES : n > claimed ? Fault.NEVER : Fault.MAYBE;
    }

    public static Verdict run(Case c) {
        Expectation expected = ReferenceModel.expect(c);
        var problems = new ArrayList<String>();
        Firmware firmware;
        try {
            firmware = AslCompiler.compile("case.asl", CaseText.asl(c));
        } catch (FirmwareException e) {
            return new Verdict(0, List.of("the generated ASL does not compile: " + e.getMessage()));
        }
        try (Machine machine = Machine.create(MachineOptions.deterministic(2).withMeasureTime(false))) {
            SimBoard hardware = SimBoard.build(machine, firmware);
            problems.addAll(hardware.problems());
            var pnp = new PnpManager(machine, firmware, DriverCatalog.fromServiceLoader());
            pnp.startAll();
            machine.runUntilIdle();
            for (DeviceSpec device : c.board().devices()) {
                DeviceNode node = pnp.device(device.path());
                if (node.state() != DeviceState.STARTED && !(device.faulty() && node.state() == DeviceState.FAILED)) {
                    problems.add(device.path() + " did not start: " + node.state() + " " + node.failureReason().orElse(""));
                }
            }
            if (!problems.isEmpty()) {
                return new Verdict(0, problems);
            }
            long start = machine.nanoTime();
            long faultsContained;
            try {
                Scenario.parse("case.scenario", CaseText.scenario(c), hardware, machine, pnp).schedule(machine);
            } catch (ScenarioException e) {
                return new Verdict(0, List.of("the generated scenario does not parse: " + e.getMessage()));
            }
            machine.advance(Duration.ofNanos(c.endNanos()));
            machine.runUntilIdle();
            var failed = new java.util.HashSet<String>();
            long hangs = 0;
            var collateral = new java.util.HashSet<String>();
            for (ControllerSpec controller : c.board().controllers()) {
                DeviceNode node = pnp.device(controller.path());
                if (node.state() == DeviceState.FAILED && controller.faulty()) {
                    String reason = node.failureReason().orElse("");
                    boolean named = controller.hangs()
                            ? reason.contains("watchdog") && reason.contains("CLIENT_QueryActiveInterrupts") && reason.contains("bound")
                            : reason.contains("injected fault");
                    if (!named) {
                        problems.add(controller.path() + " failed, but the reason does not name the fault: " + node.failureReason().orElse(""));
                    }
                    failed.add(controller.path());
                    hangs += controller.hangs() ? 1 : 0;
                    // Its consumers lose their interrupts with it; they are checked only for failing cleanly.
                    for (DeviceSpec device : c.board().devices()) {
                        for (int net : device.nets()) {
                            if (c.board().nets().get(net).controller() == controller.index()) {
                                collateral.add(device.path());
                            }
                        }
                    }
                } else if (node.state() != DeviceState.STARTED) {
                    problems.add(controller.path() + " ends " + node.state() + " " + node.failureReason().orElse(""));
                }
            }
            for (DeviceSpec device : c.board().devices()) {
                if (collateral.contains(device.path())) {
                    continue;
                }
                Fault fault = fault(device, expected);
                DeviceNode node = pnp.device(device.path());
                boolean isFailed = node.state() == DeviceState.FAILED;
                if (fault == Fault.FIRES && !isFailed) {
                    problems.add(device.path() + " (" + device.fault() + ") should have failed, but is " + node.state());
                }
                if (isFailed && (fault == Fault.FIRES || fault == Fault.MAYBE)) {
                    if (!node.failureReason().orElse("").contains("injected fault")) {
                        problems.add(device.path() + " failed, but the reason does not name the fault: " + node.failureReason().orElse(""));
                    }
                    failed.add(device.path());
                }
            }
            for (MachineEvent event : machine.log().events(MachineEvent.Kind.FAILURE)) {
                boolean allowed = failed.contains(event.source()) || collateral.contains(event.source());
                if (!allowed || event.message().contains("NullPointerException") || event.message().contains("verifier")
                        || event.message().contains("while tearing down")) {
                    problems.add("failure logged: " + event.source() + ": " + event.message());
                }
            }
            faultsContained = failed.size();
            failed.addAll(collateral);
            long checked = compare(c, expected, pnp, start, failed, problems);
            checkStates(c, pnp, failed, problems);
            return new Verdict(checked, faultsContained, hangs, problems);
        }
    }

    private static long compare(Case c, Expectation expected, PnpManager pnp, long start, java.util.Set<String> failed,
                                List<String> problems) {
        long[] boundaries = new long[c.steps().size()];
        for (int i = 0; i < boundaries.length; i++) {
            boundaries[i] = start + c.steps().get(i).timeNanos();
        }
        long checked = 0;
        for (DeviceSpec device : c.board().devices()) {
            if (failed.contains(device.path())) {
                continue; // a failed device's own deliveries stop at its fault; the others must not notice
            }
            var object = pnp.device(device.path()).driverObject();
            if (object.isEmpty() || !(object.get() instanceof ProbeDevice probe) || probe.log() == null) {
                problems.add(device.path() + ": no probe driver state");
                continue;
            }
            ProbeLog log = probe.log();
            for (int i = 0; i < device.nets().size(); i++) {
                long[][] want = expected.of(device.index(), i);
                long[][] got = new long[3][expected.buckets()];
                if (log.events(i) != log.claimed(i) + log.unclaimed(i) + log.deferred(i)) {
                    problems.add(device.path() + " interrupt " + i + ": more events than the log keeps");
                    continue;
                }
                for (int e = 0; e < log.events(i); e++) {
                    int bucket = bucket(boundaries, log.eventTime(i, e));
                    got[log.eventKind(i, e) - 1][bucket]++;
                }
                String where = device.path() + " interrupt " + i + " (" + c.board().nets().get(device.nets().get(i)).describe(c.board()) + ")";
                for (int b = 0; b < expected.buckets(); b++) {
                    String when = b == 0 ? "at boot" : "after step " + b + " (" + describe(c, b - 1) + ")";
                    if (got[0][b] != want[0][b] || got[1][b] != want[1][b]) {
                        problems.add(where + " " + when + ": expected " + want[0][b] + " claimed + " + want[1][b]
                                + " unclaimed ISR calls, saw " + got[0][b] + " + " + got[1][b]);
                    }
                    long claimed = got[0][b];
                    if (claimed == 0 ? got[2][b] != 0 : got[2][b] < 1 || got[2][b] > claimed) {
                        problems.add(where + " " + when + ": " + got[2][b] + " DPC/work-item calls for " + claimed + " claimed ISR calls");
                    }
                    checked += want[0][b] + want[1][b];
                }
            }
        }
        return checked;
    }

    private static void checkStates(Case c, PnpManager pnp, java.util.Set<String> failed, List<String> problems) {
        int[] state = new int[c.board().devices().size()];
        for (Step step : c.steps()) {
            switch (step) {
                case Step.Power power -> {
                    if (state[power.device()] != 2) {
                        state[power.device()] = power.up() ? 0 : 1;
                    }
                }
                case Step.Remove remove -> state[remove.device()] = 2;
                default -> { }
            }
        }
        for (DeviceSpec device : c.board().devices()) {
            if (failed.contains(device.path())) {
                continue;
            }
            DeviceState want = switch (state[device.index()]) {
                case 0 -> DeviceState.STARTED;
                case 1 -> DeviceState.POWERED_DOWN;
                default -> DeviceState.STOPPED;
            };
            DeviceState got = pnp.device(device.path()).state();
            if (got != want) {
                problems.add(device.path() + " ends " + got + ", expected " + want);
            }
        }
    }

    private static int bucket(long[] boundaries, long time) {
        int bucket = 0;
        while (bucket < boundaries.length && boundaries[bucket] <= time) {
            bucket++;
        }
        return bucket;
    }

    static String describe(Case c, int step) {
        String[] lines = CaseText.scenario(c).split("\n");
        return lines[step + 1].trim();
    }
}
