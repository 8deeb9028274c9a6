package dev.gpioint.acpi.oracle;

import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;

/**
 * Skips jqwik properties, with a message, where acpiexec is not installed (JUnit assumptions do not skip jqwik
 * properties; they fail them). Use with {@code @AddLifecycleHook(AcpiExecRequired.class)}; JUnit tests call
 * {@link AcpiExec#assumeAvailable()} instead.
 */
public final class AcpiExecRequired implements SkipExecutionHook {
    static final String MESSAGE = "acpiexec (ACPICA acpica-tools) or stdbuf (coreutils) is not installed: skipping the "
            + "acpiexec oracle comparison; install them with 'apt-get install acpica-tools coreutils'";

    @Override
    public SkipResult shouldBeSkipped(LifecycleContext context) {
        return AcpiExec.available() ? SkipResult.doNotSkip() : SkipResult.skip(MESSAGE);
    }
}
