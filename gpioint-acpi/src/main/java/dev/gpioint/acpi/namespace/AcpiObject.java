package dev.gpioint.acpi.namespace;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * A value in the ACPI namespace as far as gpioint reads it without running AML: the data objects a board
 * description names, methods, and references. ASL and AML both produce these, which is what makes the two
 * sources give the same firmware. Immutable.
 */
public sealed interface AcpiObject {

    /** An Integer (Zero, One, Ones, constants, EISAID()). */
    record IntegerValue(long value) implements AcpiObject {
    }

    /** A String. */
    record StringValue(String value) implements AcpiObject {
        public StringValue {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * A Buffer, such as a resource template.
     *
     * @param source the table or file it was read from, for messages
     * @param offset where its first byte sits in {@code source} (0 when it was compiled from ASL)
     */
    record BufferValue(byte[] bytes, String source, long offset) implements AcpiObject {
        public BufferValue {
            bytes = bytes.clone();
            Objects.requireNonNull(source, "source");
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof BufferValue that && Arrays.equals(bytes, that.bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return "Buffer[" + HexFormat.ofDelimiter(" ").formatHex(bytes) + "]";
        }
    }

    /** A Package of elements. */
    record PackageValue(List<AcpiObject> elements) implements AcpiObject {
        public PackageValue {
            elements = List.copyOf(elements);
        }
    }

    /**
     * A reference to a named object, as written, with the scope it was written in; {@link Namespace#resolve}
     * finds what it names.
     */
    record Reference(String name, String scope) implements AcpiObject {
    }

    /** A control method; {@code body} says how much is known of what it returns. */
    record MethodValue(int argumentCount, MethodBody body) implements AcpiObject {
    }

    /** Something else (an expression, an operation region); kept so its name is known. */
    record Opaque(String what) implements AcpiObject {
    }
}
