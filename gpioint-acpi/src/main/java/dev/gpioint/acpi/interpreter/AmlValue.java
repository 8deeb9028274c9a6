package dev.gpioint.acpi.interpreter;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A value the AML interpreter works with: the data objects (Integer, String, Buffer, Package), references, and
 * the objects only a namespace node can hold (methods, devices, regions, fields, mutexes, events). Buffers and
 * packages are mutable, as in ACPI: a buffer field or an {@code Index} reference writes into the object it was
 * made from. Not thread-safe; an interpreter is used by one thread at a time.
 */
public sealed interface AmlValue
        permits AmlValue.Integer, AmlValue.Str, AmlValue.Buffer, AmlValue.Package, AmlValue.Uninitialized,
        AmlReference, AmlNamedObject {

    /** The ACPI {@code ObjectType} code of this value (0 uninitialized, 1 integer, ... 16 debug). */
    int objectType();

    /** A short description for messages. */
    String describe();

    /** An Integer; its value already fits the interpreter's integer width. */
    record Integer(long value) implements AmlValue {
        public static final Integer ZERO = new Integer(0);
        public static final Integer ONE = new Integer(1);

        @Override
        public int objectType() {
            return 1;
        }

        @Override
        public String describe() {
            return "Integer 0x" + Long.toHexString(value);
        }
    }

    /** A String (ACPI strings are bytes; each char here is one byte, 0..255). */
    record Str(String value) implements AmlValue {
        public Str {
            java.util.Objects.requireNonNull(value, "value");
        }

        /** The string's bytes, without a terminator. */
        public byte[] bytes() {
            return value.getBytes(StandardCharsets.ISO_8859_1);
        }

        @Override
        public int objectType() {
            return 2;
        }

        @Override
        public String describe() {
            return "String \"" + value + "\"";
        }
    }

    /** A Buffer: fixed length, mutable contents. */
    final class Buffer implements AmlValue {
        final byte[] data;

        /** A buffer that owns {@code data} (not copied). */
        public Buffer(byte[] data) {
            this.data = data;
        }

        /** A copy of the contents. */
        public byte[] bytes() {
            return data.clone();
        }

        /** The length in bytes. */
        public int length() {
            return data.length;
        }

        @Override
        public int objectType() {
            return 3;
        }

        @Override
        public String describe() {
            return "Buffer[" + data.length + "]";
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Buffer b && Arrays.equals(data, b.data);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(data);
        }

        @Override
        public String toString() {
            return "Buffer[" + HexFormat.ofDelimiter(" ").formatHex(data) + "]";
        }
    }

    /** A Package: fixed element count, mutable elements (an element never set is {@link Uninitialized}). */
    final class Package implements AmlValue {
        final AmlValue[] elements;

        /** A package that owns {@code elements} (not copied). */
        public Package(AmlValue[] elements) {
            this.elements = elements;
        }

        /** The number of elements. */
        public int size() {
            return elements.length;
        }

        /** The element at {@code i}. */
        public AmlValue get(int i) {
            return elements[i];
        }

        @Override
        public int objectType() {
            return 4;
        }

        @Override
        public String describe() {
            return "Package[" + elements.length + "]";
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Package p && Arrays.equals(elements, p.elements);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(elements);
        }

        @Override
        public String toString() {
            return "Package" + Arrays.toString(elements);
        }
    }

    /** Nothing: a Local never stored to, a package element never set. */
    enum Uninitialized implements AmlValue {
        INSTANCE;

        @Override
        public int objectType() {
            return 0;
        }

        @Override
        public String describe() {
            return "Uninitialized";
        }
    }
}
