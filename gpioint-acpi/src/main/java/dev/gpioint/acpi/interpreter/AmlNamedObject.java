package dev.gpioint.acpi.interpreter;

import java.util.Objects;

/**
 * The objects that exist only as the value of a namespace node: methods, devices and other scopes, operation
 * regions and the fields over them, buffer fields, mutexes, events, the Debug object and table handles.
 */
public sealed interface AmlNamedObject extends AmlValue
        permits AmlMethod, AmlNamedObject.NativeMethod, AmlNamedObject.Scope, AmlNamedObject.Mutex,
        AmlNamedObject.Event, AmlRegion, AmlField, AmlBufferField, AmlNamedObject.Debug, AmlNamedObject.TableHandle {

    /** A method the interpreter provides itself, such as {@code _OSI}. */
    record NativeMethod(String name, int argumentCount, Body body) implements AmlNamedObject {
        /** What a native method does with its arguments. */
        @FunctionalInterface
        public interface Body {
            AmlValue call(AmlValue[] args, AmlInterpreter interpreter);
        }

        @Override
        public int objectType() {
            return 8;
        }

        @Override
        public String describe() {
            return "Method " + name + " (built in)";
        }
    }

    /** What kind of scope a {@link Scope} node is. */
    enum ScopeKind {
        SCOPE(0), DEVICE(6), POWER_RESOURCE(11), PROCESSOR(12), THERMAL_ZONE(13);

        final int objectType;

        ScopeKind(int objectType) {
            this.objectType = objectType;
        }
    }

    /** A Device, Processor, PowerResource, ThermalZone or plain scope ({@code \_SB}). */
    record Scope(ScopeKind kind) implements AmlNamedObject {
        public Scope {
            Objects.requireNonNull(kind, "kind");
        }

        @Override
        public int objectType() {
            return kind.objectType;
        }

        @Override
        public String describe() {
            return kind.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A Mutex: its sync level and, while held, the depth of recursive acquisition. */
    final class Mutex implements AmlNamedObject {
        final int syncLevel;
        int depth;
        int previousSyncLevel;

        public Mutex(int syncLevel) {
            this.syncLevel = syncLevel;
        }

        @Override
        public int objectType() {
            return 9;
        }

        @Override
        public String describe() {
            return "Mutex (sync level " + syncLevel + ")";
        }
    }

    /** An Event: the count of signals not yet waited for. */
    final class Event implements AmlNamedObject {
        int signals;

        @Override
        public int objectType() {
            return 7;
        }

        @Override
        public String describe() {
            return "Event";
        }
    }

    /** The Debug object: whatever is stored to it goes to the interpreter's debug listener. */
    enum Debug implements AmlNamedObject {
        INSTANCE;

        @Override
        public int objectType() {
            return 16;
        }

        @Override
        public String describe() {
            return "Debug";
        }
    }

    /** A handle to a table loaded by {@code Load} or {@code LoadTable}. */
    record TableHandle(String table) implements AmlNamedObject {
        @Override
        public int objectType() {
            return 15;
        }

        @Override
        public String describe() {
            return "DDB handle of " + table;
        }
    }
}
