package dev.gpioint.sim.scenario;

/**
 * A scenario that cannot be played: the message is "file:line:column: what is wrong", then the line and a caret
 * under the spot.
 */
public final class ScenarioException extends Exception {
    public ScenarioException(String source, int line, int column, String message, String text) {
        super(source + ":" + line + ":" + column + ": " + message + "\n" + text + "\n" + " ".repeat(Math.max(0, column - 1)) + "^");
    }

    /** Several bad lines at once: their messages, one after the other. */
    public ScenarioException(java.util.List<ScenarioException> problems) {
        super(String.join("\n", problems.stream().map(Throwable::getMessage).toList()));
    }
}
