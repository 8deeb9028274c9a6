package dev.gpioint.acpi.interpreter;

import dev.gpioint.acpi.oracle.CorpusMachines;
import java.nio.file.Files;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;

/**
 * Skips jqwik properties, with a message, where the real-firmware corpus is absent (JUnit assumptions such as
 * {@link CorpusMachines#assumeCorpus()} fail jqwik properties instead of skipping them). Use with
 * {@code @AddLifecycleHook(CorpusRequired.class)}.
 */
public final class CorpusRequired implements SkipExecutionHook {
    @Override
    public SkipResult shouldBeSkipped(LifecycleContext context) {
        return Files.isDirectory(CorpusMachines.DIRECTORY) ? SkipResult.doNotSkip()
                : SkipResult.skip("corpus " + CorpusMachines.DIRECTORY.toAbsolutePath().normalize()
                        + " is absent: skipping the real-firmware tests");
    }
}
