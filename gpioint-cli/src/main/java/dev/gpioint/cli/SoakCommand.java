package dev.gpioint.cli;

import dev.gpioint.cli.reliability.Case;
import dev.gpioint.cli.reliability.CaseGenerator;
import dev.gpioint.cli.reliability.CaseRunner;
import dev.gpioint.cli.reliability.CaseShrinker;
import dev.gpioint.cli.reliability.CaseText;
import dev.gpioint.cli.reliability.RealtimeSoak;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gpioint soak}: the model-based cases on the deterministic machine for a third of the time, then the
 * realtime soak with faults for the rest; progress while it runs, one summary line at the end. Exit status 1 on
 * any discrepancy, with the seed and (for a model case) the minimal board and scenario that reproduce it.
 */
@Command(name = "soak", mixinStandardHelpOptions = true,
        description = "Check the interrupt chain: random boards and traces against the reference model (deterministic), "
                + "then a realtime soak of thousands of pins with injector threads and injected faults. Ends with "
                + "'soak: N interrupts, M scenarios, F faults injected, L lost, D duplicated, R misordered'.",
        footer = {"", "Example:", "  gpioint soak --seconds 60 --seed 1"})
final class SoakCommand implements Callable<Integer> {
    @Option(names = "--seconds", paramLabel = "S", defaultValue = "30", description = "How long to run (default: ${DEFAULT-VALUE}).")
    long seconds;

    @Option(names = "--seed", paramLabel = "N", description = "The seed of the first model case and of the realtime layout "
            + "(default: from the clock, printed).")
    Long seed;

    @Option(names = "--processors", paramLabel = "N", defaultValue = "4", description = "Processors of the realtime machine (default: ${DEFAULT-VALUE}).")
    int processors;

    @Option(names = "--injectors", paramLabel = "N", defaultValue = "3", description = "Injector threads (default: ${DEFAULT-VALUE}).")
    int injectors;

    @Option(names = "--pins", paramLabel = "N", defaultValue = "2048", description = "Soaked pins (default: ${DEFAULT-VALUE}).")
    int pins;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintStream out = Output.of(spec);
        if (seconds < 1 || seconds > 7 * 24 * 3600) {
            throw new UserError("--seconds must be 1..604800, not " + seconds);
        }
        if (processors < 1 || processors > 64) {
            throw new UserError("--processors must be 1..64, not " + processors);
        }
        if (injectors < 1 || injectors > 64) {
            throw new UserError("--injectors must be 1..64, not " + injectors);
        }
        if (pins < RealtimeSoak.minimumPins() || pins > 65536) {
            throw new UserError("--pins must be " + RealtimeSoak.minimumPins() + "..65536, not " + pins);
        }
        long first = seed != null ? seed : System.nanoTime();
        out.printf("soak: seed %d, %d s, %d processors, %d injectors, %d pins%n", first, seconds, processors, injectors, pins);
        out.flush();

        long modelNanos = Math.max(1_000_000_000L, seconds * 1_000_000_000L / 3);
        long start = System.nanoTime();
        long scenarios = 0;
        long checked = 0;
        long modelFaults = 0;
        long lastReport = start;
        while (System.nanoTime() - start < modelNanos) {
            long caseSeed = first + scenarios;
            Case c = CaseGenerator.generate(caseSeed, 24);
            CaseRunner.Verdict verdict = CaseRunner.run(c);
            scenarios++;
            checked += verdict.interrupts();
            modelFaults += verdict.faults();
            if (!verdict.passed()) {
                out.printf("model: case seed %d differs from the reference model; shrinking...%n", caseSeed);
                out.flush();
                Case minimal = CaseShrinker.shrink(c, candidate -> !CaseRunner.run(candidate).passed());
                out.println(String.join("\n", CaseRunner.run(minimal).discrepancies()));
                out.println("--- case.asl ---");
                out.print(CaseText.asl(minimal));
                out.println("--- case.scenario ---");
                out.print(CaseText.scenario(minimal));
                out.printf("replay: save the two parts and run: gpioint run case.asl --scenario case.scenario%n");
                out.printf("soak: %d interrupts, %d scenarios, %d faults injected: FAILED at case seed %d (soak seed %d)%n",
                        checked, scenarios, modelFaults, caseSeed, first);
                out.flush();
                return 1;
            }
            long now = System.nanoTime();
            if (now - lastReport >= 2_000_000_000L) {
                out.printf("model: %,d scenarios, %,d interrupts checked against the model, %,d driver faults contained%n",
                        scenarios, checked, modelFaults);
                out.flush();
                lastReport = now;
            }
        }
        out.printf("model: %,d scenarios, %,d interrupts checked, all equal to the model; %,d driver faults contained%n",
                scenarios, checked, modelFaults);
        out.flush();

        long remaining = Math.max(1_000_000_000L, seconds * 1_000_000_000L - (System.nanoTime() - start));
        RealtimeSoak.Result result = RealtimeSoak.run(first, Duration.ofNanos(remaining), processors, injectors, pins, line -> {
            out.println(line);
            out.flush();
        });
        for (String problem : result.problems()) {
            out.println("realtime: " + problem);
        }
        out.printf("realtime: %,d edges injected, %,d delivered, %d faults injected and contained%n",
                result.injected(), result.delivered(), result.faults());
        out.printf("soak: %d interrupts, %d scenarios, %d faults injected, %d lost, %d duplicated, %d misordered%n",
                checked + result.delivered(), scenarios, modelFaults + result.faults(), result.lost(), result.duplicated(),
                result.misordered());
        if (!result.clean()) {
            out.printf("soak: FAILED; reproduce the layout and faults with --seed %d%n", first);
        }
        out.flush();
        return result.clean() ? 0 : 1;
    }
}
