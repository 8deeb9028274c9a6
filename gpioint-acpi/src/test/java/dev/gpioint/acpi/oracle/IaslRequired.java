package dev.gpioint.acpi.oracle;

import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;

/**
 * Skips jqwik properties, with a message, where iasl is not installed (JUnit assumptions do not skip jqwik
 * properties; they fail them). Use with {@code @AddLifecycleHook(IaslRequired.class)}.
 */
public final class IaslRequired implements SkipExecutionHook {
    @Override
    public SkipResult shouldBeSkipped(LifecycleContext context) {
        return Iasl.available() ? SkipResult.doNotSkip()
                : SkipResult.skip("iasl (ACPICA acpica-tools) is not installed: skipping the oracle comparison; "
                        + "install it with 'apt-get install acpica-tools'");
    }
}
