package dev.gpioint.acpi.namespace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The part of an ACPI namespace gpioint reads: the devices in definition order and the named objects, by
 * absolute path (see {@link NamePaths}). Built by the ASL compiler or the AML table reader; immutable once
 * built. A problem confined to one device (an object that could not be read) is kept as that device's defect.
 */
public final class Namespace {
    private final List<String> devices;
    private final Map<String, AcpiObject> objects;
    private final Map<String, String> defects;

    private Namespace(List<String> devices, Map<String, AcpiObject> objects, Map<String, String> defects) {
        this.devices = List.copyOf(devices);
        this.objects = Collections.unmodifiableMap(new LinkedHashMap<>(objects));
        this.defects = Collections.unmodifiableMap(new LinkedHashMap<>(defects));
    }

    /** Device paths in definition order. */
    public List<String> devices() {
        return devices;
    }

    /** The object at an absolute path. */
    public Optional<AcpiObject> get(String path) {
        return Optional.ofNullable(objects.get(path));
    }

    /** Every named object, in definition order. */
    public Map<String, AcpiObject> objects() {
        return objects;
    }

    /** Why a device could not be read completely, if something in it could not. */
    public Optional<String> defect(String devicePath) {
        return Optional.ofNullable(defects.get(devicePath));
    }

    /**
     * The path a reference names: multi-segment and prefixed names are taken literally; a single segment is
     * searched from its scope up to the root, as ACPI's search rules do.
     */
    public Optional<String> resolve(AcpiObject.Reference reference) {
        return resolve(reference.name(), reference.scope());
    }

    /** As {@link #resolve(AcpiObject.Reference)}, for a name written in {@code scope}. */
    public Optional<String> resolve(String name, String scope) {
        if (!NamePaths.isSingleSegment(name)) {
            String path = NamePaths.absolute(name, scope);
            return objects.containsKey(path) || devices.contains(path) ? Optional.of(path) : Optional.empty();
        }
        String current = scope;
        while (true) {
            String path = NamePaths.absolute(name, current);
            if (objects.containsKey(path) || devices.contains(path)) {
                return Optional.of(path);
            }
            if (current.equals(NamePaths.ROOT)) {
                return Optional.empty();
            }
            current = NamePaths.parent(current);
        }
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects devices and objects; the first definition of a path wins, as a second one is an error in ACPI. */
    public static final class Builder {
        private final List<String> devices = new ArrayList<>();
        private final Map<String, AcpiObject> objects = new LinkedHashMap<>();
        private final Map<String, String> defects = new LinkedHashMap<>();

        private Builder() {
        }

        /** Declares a device (again, when a later table re-opens it: then nothing changes). */
        public Builder device(String path) {
            if (!devices.contains(path)) {
                devices.add(path);
            }
            return this;
        }

        /** Names an object; a path already named keeps its first object. */
        public Builder object(String path, AcpiObject object) {
            objects.putIfAbsent(path, Objects.requireNonNull(object, "object"));
            return this;
        }

        /** Records a problem with the device at {@code devicePath}; the first one is kept. */
        public Builder defect(String devicePath, String problem) {
            defects.putIfAbsent(devicePath, problem);
            return this;
        }

        public Namespace build() {
            return new Namespace(devices, objects, defects);
        }
    }
}
