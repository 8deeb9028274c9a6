package dev.gpioint.firmware;

import java.util.List;

/**
 * Firmware that could not be read at all (a missing file, a table whose header is broken, ASL with syntax
 * errors, nothing left that defines a device). Each {@link FirmwareProblem} names where it is;
 * {@link #getMessage()} lists them all. Problems confined to one device do not throw: they mark that device's
 * {@link FirmwareDevice#defect()}; input that can be skipped while the rest loads (one corrupt table among
 * several) does not throw either: it is listed in {@link Firmware#problems()}.
 */
public final class FirmwareException extends Exception {
    private final transient List<FirmwareProblem> problems;

    public FirmwareException(List<FirmwareProblem> problems) {
        super(render(problems));
        this.problems = List.copyOf(problems);
    }

    public FirmwareException(FirmwareProblem problem) {
        this(List.of(problem));
    }

    public List<FirmwareProblem> problems() {
        return problems;
    }

    private static String render(List<FirmwareProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a FirmwareException needs at least one problem");
        }
        var text = new StringBuilder();
        for (FirmwareProblem problem : problems) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(problem.render());
        }
        return text.toString();
    }
}
