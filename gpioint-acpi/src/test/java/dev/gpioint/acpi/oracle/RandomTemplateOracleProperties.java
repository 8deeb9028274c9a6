package dev.gpioint.acpi.oracle;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Thousands of random valid resource templates per run, compared with iasl (see {@link TemplateOracle}). Each
 * try is one batch of templates in one definition block, so iasl starts a few times, not thousands. The seed is
 * fixed so a run is reproducible; change it to explore.
 */
@AddLifecycleHook(IaslRequired.class)
class RandomTemplateOracleProperties {
    private static final int BATCH = 700;
    private static final AtomicInteger TEMPLATES = new AtomicInteger();
    private static final AtomicInteger DESCRIPTORS = new AtomicInteger();

    @Property(tries = 6, seed = "4207", shrinking = ShrinkingMode.OFF)
    void randomTemplatesCompileLikeIasl(@ForAll("batches") List<String> templates) throws Exception {
        DESCRIPTORS.addAndGet(TemplateOracle.check(templates));
        TEMPLATES.addAndGet(templates.size());
    }

    @Provide
    Arbitrary<List<String>> batches() {
        return Arbitraries.randomValue(RandomTemplates::template).list().ofSize(BATCH);
    }

    @AfterContainer
    static void report() {
        System.out.printf("iasl oracle (random): %d templates, %d descriptors compared byte for byte, decoded, printed and recompiled%n",
                TEMPLATES.get(), DESCRIPTORS.get());
    }
}
