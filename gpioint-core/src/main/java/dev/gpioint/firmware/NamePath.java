package dev.gpioint.firmware;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An absolute ACPI namespace path such as {@code \_SB.GPO0}, the identity of a firmware device and the way
 * a resource names the controller it depends on. Segments are kept as written, without padding underscores.
 */
public record NamePath(String path) implements Comparable<NamePath> {
    private static final Pattern ABSOLUTE = Pattern.compile("\\\\([A-Z_][A-Z0-9_]{0,3}(\\.[A-Z_][A-Z0-9_]{0,3})*)?");

    public NamePath {
        Objects.requireNonNull(path, "path");
        if (!ABSOLUTE.matcher(path).matches()) {
            throw new IllegalArgumentException("not an absolute ACPI name path: '" + path + "'");
        }
    }

    /** Parses an absolute path; throws IllegalArgumentException naming the text when it is not one. */
    public static NamePath of(String path) {
        return new NamePath(path);
    }

    /** The path of the child {@code segment} of this scope. */
    public NamePath child(String segment) {
        return new NamePath(path.equals("\\") ? "\\" + segment : path + "." + segment);
    }

    /** The last segment (the device's own name), or "\" for the root. */
    public String lastSegment() {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? (path.length() > 1 ? path.substring(1) : path) : path.substring(dot + 1);
    }

    @Override
    public int compareTo(NamePath other) {
        return path.compareTo(other.path);
    }

    @Override
    public String toString() {
        return path;
    }
}
