package dev.gpioint.cli.reliability;

import java.util.List;

/** A generated board and the trace played on it; {@code seed} is the generator seed it came from. */
public record Case(long seed, BoardSpec board, List<Step> steps) {
    public Case {
        steps = List.copyOf(steps);
    }

    /** The time after the last step by which everything has settled. */
    public long endNanos() {
        return (steps.isEmpty() ? 0 : steps.getLast().timeNanos()) + 1_000_000L;
    }
}
