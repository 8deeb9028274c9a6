package dev.gpioint.cli.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;

/**
 * The interrupt chain against the reference model: for random boards and traces, every probe driver's ISR,
 * DPC and work-item calls equal the model's, bucket by bucket. A failure is shrunk to a minimal board and trace
 * and printed as the ASL and scenario {@code gpioint run} replays.
 *
 * <p>{@code -Dgpioint.model.tries=N} runs more cases (the default run keeps to a few seconds).
 */
class ChainModelProperties {
    @Property(tries = 1500, shrinking = ShrinkingMode.OFF)
    void everyDriverSeesWhatTheModelSays(@ForAll long seed) {
        Case c = CaseGenerator.generate(seed, 24);
        CaseRunner.Verdict verdict = CaseRunner.run(c);
        if (!verdict.passed()) {
            Case minimal = CaseShrinker.shrink(c, candidate -> !CaseRunner.run(candidate).passed());
            CaseRunner.Verdict again = CaseRunner.run(minimal);
            throw new AssertionError("seed " + seed + ": the chain differs from the model\n" + String.join("\n", again.discrepancies())
                    + "\n\n--- case.asl ---\n" + CaseText.asl(minimal) + "\n--- case.scenario ---\n" + CaseText.scenario(minimal));
        }
        assertThat(verdict.interrupts()).isGreaterThanOrEqualTo(0);
    }
}
