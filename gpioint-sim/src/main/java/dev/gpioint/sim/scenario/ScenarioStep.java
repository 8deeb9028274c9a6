package dev.gpioint.sim.scenario;

import java.time.Duration;
import java.util.List;

/**
 * One line of a scenario: at {@code time}, perform {@code action} on {@code target} with {@code arguments}.
 *
 * @param line 1-based line in the scenario file, for messages
 */
public record ScenarioStep(Duration time, String target, String action, List<String> arguments, int line) {
    public ScenarioStep {
        arguments = List.copyOf(arguments);
    }
}
