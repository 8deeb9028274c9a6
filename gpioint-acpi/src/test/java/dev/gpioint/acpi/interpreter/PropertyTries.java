package dev.gpioint.acpi.interpreter;

import net.jqwik.api.Example;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Lets a longer run be asked for on the command line: {@code -Dgpioint.props.tries=N} replaces the tries of a
 * property using this hook, and {@code -Dgpioint.props.seed=S} its fixed seed (to explore new cases). Without
 * them the annotated tries and seed stand, so the default run is short and always the same. Use with
 * {@code @AddLifecycleHook(PropertyTries.class)}.
 */
public final class PropertyTries implements AroundPropertyHook {
    /** Registered on a class, the hook is meant for its properties: without this jqwik would not apply it to them. */
    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS;
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        if (context.findAnnotation(Example.class).isPresent()) {
            // An example is one fixed case: more tries would only repeat it.
            return property.execute();
        }
        Integer tries = Integer.getInteger("gpioint.props.tries");
        if (tries != null) {
            context.attributes().setTries(tries);
        }
        String seed = System.getProperty("gpioint.props.seed");
        if (seed != null && !seed.isBlank()) {
            context.attributes().setSeed(seed);
        }
        return property.execute();
    }
}
