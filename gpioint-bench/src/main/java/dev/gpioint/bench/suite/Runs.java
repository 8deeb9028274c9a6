package dev.gpioint.bench.suite;

import dev.gpioint.bench.firmware.CorpusMachine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs every figure in one run, on one machine, and writes the results table:
 * <ol>
 *   <li>the JMH benchmarks (full path, passive path, throughput, scale, peers same-thread, firmware), GC
 *       profiler on;</li>
 *   <li>the cross-thread latency harness, a fresh JVM per target and idle policy;</li>
 *   <li>the external firmware tools under hyperfine: iasl, and acpiexec next to gpioint's own processes
 *       ({@link AmlProcessRun});</li>
 *   <li>a JFR profile of the full path.</li>
 * </ol>
 * Arguments: {@code --quick} (short runs for development), {@code --root DIR} (repository root, default "."),
 * {@code --out FILE} (default {@code bench/RESULTS.md} under the root), {@code --jmh REGEX} (only these JMH
 * benchmarks), {@code --no-jmh}, {@code --no-latency}, {@code --no-tools}, {@code --tools LIST} (only these of {@code iasl,acpiexec}),
 * {@code --no-profile}. Raw outputs go to
 * {@code bench/tmp/}.
 */
public final class Runs {
    private Runs() {
    }

    /** Every latency configuration: target and idle policy. */
    static final List<String[]> LATENCY = List.of(
            new String[] {"gpioint", "SPIN"}, new String[] {"gpioint", "PARK"},
            new String[] {"gpioint-passive", "SPIN"}, new String[] {"gpioint-passive", "PARK"},
            new String[] {"gpioint-expander", "SPIN"}, new String[] {"gpioint-expander", "PARK"},
            new String[] {"pi4j", "SPIN"}, new String[] {"pi4j", "PARK"},
            new String[] {"diozero", "SPIN"}, new String[] {"diozero", "PARK"},
            new String[] {"bare", "SPIN"}, new String[] {"bare", "PARK"});

    public static void main(String[] args) throws Exception {
        boolean quick = false;
        boolean latency = true;
        List<String> tools = List.of("iasl", "acpiexec");
        boolean profile = true;
        boolean runJmh = true;
        Path root = Path.of(".");
        Path out = null;
        String jmh = "dev\\.gpioint\\.bench\\..*Benchmark";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--root" -> root = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--jmh" -> jmh = args[++i];
                case "--no-jmh" -> runJmh = false;
                case "--no-latency" -> latency = false;
                case "--no-tools" -> tools = List.of();
                case "--tools" -> tools = List.of(args[++i].split(","));
                case "--no-profile" -> profile = false;
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Path tmp = root.resolve("bench/tmp");
        Files.createDirectories(tmp);
        if (out == null) {
            out = root.resolve("bench/RESULTS.md");
        }
        var results = new Report.Inputs();
        results.started = ZonedDateTime.now();
        results.machine = MachineInfo.detect();
        results.loadBefore = MachineInfo.loadAverage();
        results.quick = quick;

        if (runJmh) {
            System.out.println("== JMH: " + jmh);
            results.jmh = JmhRun.run(jmh, quick, root, tmp.resolve("jmh.json"));
        }

        if (latency) {
            int samples = quick ? 10_000 : 40_000;
            int rounds = quick ? 2 : 3;
            results.latencySamples = samples;
            for (String[] config : LATENCY) {
                System.out.println("== latency " + config[0] + " " + config[1]);
                // The cascade costs tens of µs a sample and its tails are long: fewer samples keep the run short.
                int count = config[0].equals("gpioint-expander") ? samples / 4 : samples;
                results.latency.add(LatencyRun.run(config[0], config[1], count, rounds,
                        tmp.resolve("latency-" + config[0] + "-" + config[1] + ".log")));
            }
        }

        if (tools.contains("iasl")) {
            System.out.println("== iasl under hyperfine");
            results.tools = toolTimings(root, tmp, quick);
        }
        if (tools.contains("acpiexec")) {
            System.out.println("== acpiexec and gpioint processes on the corpus machines, under hyperfine");
            results.amlProcesses = AmlProcessRun.run(CorpusMachine.corpusDirectory(root), tmp, quick);
        }

        if (profile) {
            System.out.println("== JFR profile of the full path");
            results.profile = Optional.of(ProfileRun.run(tmp, "dirql", quick ? 4 : 8, 14));
            results.passiveProfile = Optional.of(ProfileRun.run(tmp, "passive", quick ? 3 : 5, 8));
        }
        results.loadAfter = MachineInfo.loadAverage();
        results.finished = ZonedDateTime.now();
        results.i2cExpander = Report.simulatedI2cExpanderExists();
        Files.writeString(out, Report.markdown(results));
        System.out.println("== wrote " + out.toAbsolutePath().normalize());
    }

    private static Map<String, Optional<ToolRun.Timing>> toolTimings(Path root, Path tmp, boolean quick) throws IOException, InterruptedException {
        Map<String, Optional<ToolRun.Timing>> timings = new LinkedHashMap<>();
        if (!ToolRun.installed("iasl")) {
            return timings;
        }
        Path scratch = Files.createDirectories(tmp.resolve("iasl"));
        List<String> boards = new ArrayList<>();
        try (var files = Files.list(root.resolve("examples"))) {
            files.filter(f -> f.toString().endsWith(".asl")).sorted().forEach(f -> boards.add(f.toAbsolutePath().normalize().toString()));
        }
        String compile = "for f in " + String.join(" ", boards) + "; do iasl -p " + scratch + "/board \"$f\" >/dev/null 2>&1; done; true";
        timings.put("boards", ToolRun.hyperfine(compile, quick ? 5 : 20, 2, tmp.resolve("iasl-boards.json")));
        Path corpus = Path.of(System.getProperty("gpioint.corpus", root.resolve("../shared/corpus/woa").toString())).toAbsolutePath().normalize();
        if (Files.isDirectory(corpus)) {
            String disassemble = "for f in " + corpus + "/*; do iasl -d -p " + scratch + "/table \"$f\" >/dev/null 2>&1; done; true";
            timings.put("corpus", ToolRun.hyperfine(disassemble, quick ? 1 : 3, 0, tmp.resolve("iasl-corpus.json")));
        }
        return timings;
    }
}
