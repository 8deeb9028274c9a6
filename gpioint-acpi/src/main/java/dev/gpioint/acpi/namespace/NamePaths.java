package dev.gpioint.acpi.namespace;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Namepath arithmetic shared by the ASL compiler and the AML reader, so both spell a path the same way:
 * absolute, upper case, segments joined by dots, padding underscores dropped ({@code \_SB_.GPO0} and
 * {@code \_SB.GPO0} are one path, {@code \_SB.GPO0}).
 */
public final class NamePaths {
    /** The root scope. */
    public static final String ROOT = "\\";

    private NamePaths() {
    }

    /** One segment without its padding underscores, at least one character long. */
    public static String segment(String raw) {
        String s = raw.toUpperCase(Locale.ROOT);
        int end = s.length();
        while (end > 1 && s.charAt(end - 1) == '_') {
            end--;
        }
        return s.substring(0, end);
    }

    /** {@code name} written in {@code scope}, made absolute: handles a leading root, parent prefixes and dots. */
    public static String absolute(String name, String scope) {
        String rest = name;
        List<String> base;
        if (rest.startsWith("\\")) {
            base = new ArrayList<>();
            rest = rest.substring(1);
        } else {
            base = new ArrayList<>(segments(scope));
            while (rest.startsWith("^")) {
                if (!base.isEmpty()) {
                    base.removeLast();
                }
                rest = rest.substring(1);
            }
        }
        if (!rest.isEmpty()) {
            for (String seg : rest.split("\\.")) {
                base.add(segment(seg));
            }
        }
        return join(base);
    }

    /** The segments of an absolute path; none for the root. */
    public static List<String> segments(String path) {
        String body = path.startsWith("\\") ? path.substring(1) : path;
        return body.isEmpty() ? List.of() : List.of(body.split("\\."));
    }

    /** The parent scope of an absolute path (the root is its own parent). */
    public static String parent(String path) {
        List<String> segs = segments(path);
        return segs.isEmpty() ? ROOT : join(segs.subList(0, segs.size() - 1));
    }

    /** True for a single segment without root or parent prefix: ACPI searches such names upward. */
    public static boolean isSingleSegment(String name) {
        return !name.startsWith("\\") && !name.startsWith("^") && !name.contains(".");
    }

    static String join(List<String> segs) {
        return "\\" + String.join(".", segs);
    }
}
