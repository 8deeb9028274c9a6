package dev.gpioint.acpi.resource;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/**
 * Reads and builds a descriptor record by component name, so that a table entry can say "the word at offset 7
 * is {@code mode}" without per-kind glue code. Built once per kind; thread-safe.
 */
final class RecordShape {
    private final Class<? extends ResourceDescriptor> type;
    private final RecordComponent[] components;
    private final Method[] accessors;
    private final Constructor<? extends ResourceDescriptor> constructor;

    RecordShape(Class<? extends ResourceDescriptor> type) {
        this.type = type;
        this.components = type.getRecordComponents();
        this.accessors = Arrays.stream(components).map(RecordComponent::getAccessor).toArray(Method[]::new);
        try {
            this.constructor = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("record " + type + " has no canonical constructor", e);
        }
    }

    int size() {
        return components.length;
    }

    /** The index of component {@code name}; a table naming a missing component is a programming error. */
    int index(String name) {
        for (int i = 0; i < components.length; i++) {
            if (components[i].getName().equals(name)) {
                return i;
            }
        }
        throw new IllegalStateException(type.getSimpleName() + " has no component '" + name + "'");
    }

    String name(int index) {
        return components[index].getName();
    }

    Class<?> componentType(int index) {
        return components[index].getType();
    }

    Object get(ResourceDescriptor descriptor, int index) {
        try {
            return accessors[index].invoke(descriptor);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + name(index) + " of " + type.getSimpleName(), e);
        }
    }

    Object get(ResourceDescriptor descriptor, String name) {
        return get(descriptor, index(name));
    }

    /** Builds the record; a constructor that rejects the values throws IllegalArgumentException. */
    ResourceDescriptor create(Object[] values) {
        try {
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw new IllegalArgumentException(type.getSimpleName() + ": " + runtime.getMessage(), runtime);
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
        }
    }

    /** Zero values for every component: 0, empty list, empty string, no vendor data, no source. */
    Object[] zeroValues() {
        Object[] values = new Object[components.length];
        for (int i = 0; i < values.length; i++) {
            Class<?> t = components[i].getType();
            values[i] = t == int.class ? (Object) 0
                    : t == long.class ? (Object) 0L
                    : t == String.class ? ""
                    : t == java.util.List.class ? java.util.List.of()
                    : t == java.util.Optional.class ? java.util.Optional.empty()
                    : dev.gpioint.firmware.VendorData.EMPTY;
        }
        return values;
    }
}
