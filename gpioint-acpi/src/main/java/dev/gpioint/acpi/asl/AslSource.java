package dev.gpioint.acpi.asl;

import dev.gpioint.firmware.FirmwareProblem;
import java.util.List;
import java.util.Optional;

/** ASL text with its name, able to quote a line with a caret under a column for error messages. Immutable. */
record AslSource(String name, String text) {

    List<String> lines() {
        return text.lines().toList();
    }

    /** The problem as the core reports it: "file:line:column: message", the line, and a caret under the spot. */
    FirmwareProblem toFirmwareProblem(AslProblem problem) {
        List<String> lines = lines();
        Optional<String> excerpt = Optional.empty();
        if (problem.line() >= 1 && problem.line() <= lines.size()) {
            String line = lines.get(problem.line() - 1);
            var caret = new StringBuilder();
            for (int i = 0; i < problem.column() - 1 && i < line.length(); i++) {
                caret.append(line.charAt(i) == '\t' ? '\t' : ' ');
            }
            excerpt = Optional.of(line + "\n" + caret + "^");
        }
        return new FirmwareProblem(name, problem.line() + ":" + problem.column(), problem.message(), excerpt);
    }
}
