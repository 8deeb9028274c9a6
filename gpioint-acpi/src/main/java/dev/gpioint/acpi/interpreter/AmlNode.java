package dev.gpioint.acpi.interpreter;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One node of the ACPI namespace: a four-character name segment (padding underscores included, as in AML),
 * its parent, its children in definition order, and the object it holds. Nodes a method creates while it runs
 * are {@linkplain #temporary() temporary} and removed when it returns. Not thread-safe.
 */
public final class AmlNode {
    private final String segment;
    private final AmlNode parent;
    private final Map<String, AmlNode> children = new LinkedHashMap<>();
    private final String path;
    private final boolean temporary;
    private AmlValue value;
    /** For an Alias: the node it stands for. */
    AmlNode aliasOf;

    private AmlNode(String segment, AmlNode parent, AmlValue value, boolean temporary) {
        this.segment = segment;
        this.parent = parent;
        this.value = Objects.requireNonNull(value, "value");
        this.temporary = temporary;
        if (parent == null) {
            path = "\\";
        } else {
            String trimmed = trim(segment);
            path = parent.parent == null ? "\\" + trimmed : parent.path + "." + trimmed;
        }
    }

    static AmlNode root() {
        return new AmlNode("\\___", null, new AmlNamedObject.Scope(AmlNamedObject.ScopeKind.SCOPE), false);
    }

    /** The four-character segment, padded with underscores ({@code _SB_}); the root's is {@code \___}. */
    public String segment() {
        return segment;
    }

    /** The absolute path with padding removed ({@code \_SB.GPO0}), as gpioint spells paths everywhere. */
    public String path() {
        return path;
    }

    /** The parent; the root is its own parent. */
    public AmlNode parent() {
        return parent == null ? this : parent;
    }

    /** True for the root node. */
    public boolean isRoot() {
        return parent == null;
    }

    /** The object this node holds. */
    public AmlValue value() {
        return value;
    }

    void setValue(AmlValue value) {
        this.value = Objects.requireNonNull(value, "value");
    }

    /** True for a node created by a running method, removed when that method returns. */
    public boolean temporary() {
        return temporary;
    }

    /** The child with this four-character segment, or null. */
    AmlNode child(String segment) {
        return children.get(segment);
    }

    /** The children in definition order. */
    public Collection<AmlNode> children() {
        return Collections.unmodifiableCollection(children.values());
    }

    AmlNode addChild(String segment, AmlValue value, boolean temporary) {
        AmlNode node = new AmlNode(segment, this, value, temporary);
        children.put(segment, node);
        return node;
    }

    void removeChild(AmlNode child) {
        children.remove(child.segment, child);
    }

    /** A segment without its trailing padding ({@code _SB_} → {@code _SB}); at least one character. */
    static String trim(String segment) {
        int end = segment.length();
        while (end > 1 && segment.charAt(end - 1) == '_') {
            end--;
        }
        return segment.substring(0, end);
    }

    @Override
    public String toString() {
        return path;
    }
}
