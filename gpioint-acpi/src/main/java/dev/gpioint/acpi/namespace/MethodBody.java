package dev.gpioint.acpi.namespace;

import java.util.Objects;

/**
 * What gpioint knows about a method without an AML interpreter: either the method only returns a value fixed
 * at compile time ({@code Return (ResourceTemplate () {...})}, or {@code Name (RBUF, ...) Return (RBUF)}), or
 * its body needs evaluation. A later interpreter plugs in through {@link MethodEvaluator}.
 */
public sealed interface MethodBody {

    /** The method does nothing but return {@code value} (a data object or a {@link AcpiObject.Reference}). */
    record Returns(AcpiObject value) implements MethodBody {
        public Returns {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * A body that needs an interpreter.
     *
     * @param source where it is (table and offset, or file and line), for messages
     * @param aml    the AML bytes of the body when it came from a table; empty when it came from ASL
     */
    record NeedsEvaluation(String source, byte[] aml) implements MethodBody {
        public NeedsEvaluation {
            Objects.requireNonNull(source, "source");
            aml = aml.clone();
        }

        @Override
        public byte[] aml() {
            return aml.clone();
        }

        @Override
        public boolean equals(Object other) {
            // Two bodies that both need evaluation are alike for comparing firmware: neither has a known result.
            return other instanceof NeedsEvaluation;
        }

        @Override
        public int hashCode() {
            return 1;
        }
    }
}
