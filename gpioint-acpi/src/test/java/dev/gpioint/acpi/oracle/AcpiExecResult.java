package dev.gpioint.acpi.oracle;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * What ACPICA's acpiexec answered for one evaluated object path, typed from the text it prints. Values are
 * exactly what acpiexec printed (integers as unsigned 64-bit patterns, strings unescaped, buffers byte for
 * byte); run-specific noise such as heap addresses is left out so that two runs over the same tables compare
 * equal. Anything acpiexec did not answer (timeout, crash, text the parser does not understand) is an
 * {@link Unknown}, never a guess.
 */
public sealed interface AcpiExecResult {

    /** {@code [Integer] = 0000000000001234}: the 64-bit pattern (also for 32-bit tables, where it is zero-extended). */
    record IntegerResult(long value) implements AcpiExecResult {
        @Override
        public String toString() {
            return "IntegerResult[0x" + Long.toHexString(value).toUpperCase(java.util.Locale.ROOT) + "]";
        }
    }

    /** {@code [String] Length 0B = "hello world"}: the whole string, escapes undone. */
    record StringResult(String value) implements AcpiExecResult {
        public StringResult {
            Objects.requireNonNull(value);
        }
    }

    /**
     * A string longer than acpiexec prints: it shows its length and only the first 255 characters, then
     * {@code "...}. The prefix is those characters, escapes undone; the full value is not known.
     */
    record TruncatedStringResult(long length, String prefix) implements AcpiExecResult {
        public TruncatedStringResult {
            Objects.requireNonNull(prefix);
        }
    }

    /** {@code [Buffer] Length NN = } and its hex dump: the bytes. Compared by content; the array is copied in and out. */
    record BufferResult(byte[] bytes) implements AcpiExecResult {
        public BufferResult {
            bytes = bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof BufferResult b && Arrays.equals(bytes, b.bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return "BufferResult[" + bytes.length + " bytes: " + HexFormat.ofDelimiter(" ").withUpperCase().formatHex(bytes) + "]";
        }
    }

    /** {@code [Package] Contains N Elements:} and the elements in order, each any result type except the failures. */
    record PackageResult(List<AcpiExecResult> elements) implements AcpiExecResult {
        public PackageResult {
            elements = List.copyOf(elements);
        }
    }

    /**
     * {@code [Object Reference] = 0x55.. <Node>  Name CPU0 Processor 0x55..}: a package element that names a
     * namespace node acpiexec does not resolve to data (a device, processor, power resource, thermal zone or
     * method). The text is what acpiexec printed with the run-specific {@code 0x} addresses removed and blanks
     * collapsed, e.g. {@code <Node> Name CPU0 Processor}; acpiexec gives the node's 4-character name, not its path.
     * Names of data objects in a package come out as their values instead. A method that returns
     * {@code RefOf (device)}, or a package holding a reference made at run time, fails with {@code AE_TYPE}
     * (acpiexec cannot convert it to an external object); {@code RefOf (data)} comes out as the data.
     */
    record ReferenceResult(String text) implements AcpiExecResult {
        public ReferenceResult {
            Objects.requireNonNull(text);
        }
    }

    /**
     * {@code [Null Object] (Type=0)}: a package element with no value, either left uninitialized
     * ({@code Package (4) {1}}) or a name reference that did not resolve when the package was built.
     */
    record NullObjectResult() implements AcpiExecResult {
    }

    /** {@code No object was returned from evaluation of X}: a method that returned nothing. */
    record NoObjectResult() implements AcpiExecResult {
    }

    /**
     * Any other typed value acpiexec printed, e.g. {@code [Processor]}, {@code [Power Resource]} or
     * {@code [Unknown Type] 1E}: the bracketed type name and the rest of the line, trimmed.
     */
    record OtherResult(String type, String text) implements AcpiExecResult {
        public OtherResult {
            Objects.requireNonNull(type);
            Objects.requireNonNull(text);
        }
    }

    /** {@code Evaluation of X failed with status AE_...}: the status name exactly as printed. */
    record Failure(String status) implements AcpiExecResult {
        public Failure {
            Objects.requireNonNull(status);
        }
    }

    /**
     * No answer: {@code "timeout"} when the evaluation outlived its time limit, otherwise a reason saying what
     * went wrong (acpiexec crashed, stopped at an AML BreakPoint, never finished loading, printed text this
     * parser does not understand).
     */
    record Unknown(String why) implements AcpiExecResult {
        public Unknown {
            Objects.requireNonNull(why);
        }
    }
}
