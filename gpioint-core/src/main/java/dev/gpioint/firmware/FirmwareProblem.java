package dev.gpioint.firmware;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing wrong with firmware input, with where it is.
 *
 * @param source   the file or table name
 * @param location "line:column" for text, "offset 0x1A2" for binary, or empty when the whole input is at fault
 * @param message  what is wrong and, where it helps, what was expected
 * @param excerpt  the offending source line with a caret under the spot, if there is one
 */
public record FirmwareProblem(String source, String location, String message, Optional<String> excerpt) {
    public FirmwareProblem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(excerpt, "excerpt");
    }

    public static FirmwareProblem of(String source, String message) {
        return new FirmwareProblem(source, "", message, Optional.empty());
    }

    /** "source:location: message", then the excerpt lines. */
    public String render() {
        String head = location.isEmpty() ? source + ": " + message : source + ":" + location + ": " + message;
        return excerpt.map(e -> head + "\n" + e).orElse(head);
    }
}
