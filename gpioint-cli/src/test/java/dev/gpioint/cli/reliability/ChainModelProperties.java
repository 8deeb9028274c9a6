package dev.gpioint.cli.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * The interrupt chain against the reference model: for random boards and traces (generated from the seed jqwik
 * picks), every probe driver's ISR, DPC and work-item calls equal the model's, bucket by bucket, and injected
 * driver faults fail only their own device; a controller whose client fails or hangs past the client-callback
 * bound fails with its consumers, and nobody else notices. A failure is shrunk (by {@link CaseShrinker}, structurally: steps,
 * devices, interrupts, nets) to a minimal board and trace and printed as the ASL and scenario {@code gpioint run}
 * replays.
 *
 * <p>The default run plays 1500 cases. {@code -Dgpioint.model.cases=K} plays K cases per try (a longer run:
 * {@code mvn ... -Dtest=ChainModelProperties -Dgpioint.model.cases=20} plays 30,000).
 */
class ChainModelProperties {
    private static final int CASES_PER_TRY = Integer.getInteger("gpioint.model.cases", 1);
    private static final java.util.concurrent.atomic.AtomicLong CASES = new java.util.concurrent.atomic.AtomicLong();
    private static final java.util.concurrent.atomic.AtomicLong INTERRUPTS = new java.util.concurrent.atomic.AtomicLong();
    private static final java.util.concurrent.atomic.AtomicLong FAULTS = new java.util.concurrent.atomic.AtomicLong();
    private static final java.util.concurrent.atomic.AtomicLong HANGS = new java.util.concurrent.atomic.AtomicLong();

    /** The figures docs/reliability.md quotes for the default run. */
    @AfterContainer
    static void report() {
        System.out.printf("model-based check: %d scenarios, %d ISR calls checked against the model, %d injected faults contained"
                + " (%d of them controller clients hung past the callback bound)%n", CASES.get(), INTERRUPTS.get(), FAULTS.get(), HANGS.get());
    }

    @Property(tries = 1500, shrinking = ShrinkingMode.OFF)
    void everyDriverSeesWhatTheModelSays(@ForAll long seed) {
        for (int k = 0; k < CASES_PER_TRY; k++) {
            long caseSeed = seed + k * 0x9E37_79B9_7F4A_7C15L;
            Case c = CaseGenerator.generate(caseSeed, 24);
            CaseRunner.Verdict verdict = CaseRunner.run(c);
            if (!verdict.passed()) {
                Case minimal = CaseShrinker.shrink(c, candidate -> !CaseRunner.run(candidate).passed());
                CaseRunner.Verdict again = CaseRunner.run(minimal);
                throw new AssertionError("case seed " + caseSeed + ": the chain differs from the model\n"
                        + String.join("\n", again.discrepancies())
                        + "\n\n--- case.asl ---\n" + CaseText.asl(minimal) + "\n--- case.scenario ---\n" + CaseText.scenario(minimal));
            }
            assertThat(verdict.interrupts()).as("ISR calls checked").isNotNegative();
            CASES.incrementAndGet();
            INTERRUPTS.addAndGet(verdict.interrupts());
            FAULTS.addAndGet(verdict.faults());
            HANGS.addAndGet(verdict.hangs());
        }
    }
}
