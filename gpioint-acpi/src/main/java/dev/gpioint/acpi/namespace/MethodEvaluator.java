package dev.gpioint.acpi.namespace;

import java.util.Optional;

/**
 * The seam for running methods such as {@code _CRS}. gpioint ships {@link StaticReturnEvaluator}, which only
 * answers for methods that return a compile-time value; an AML interpreter can take its place later without
 * changing the table reader or the ASL compiler.
 */
@FunctionalInterface
public interface MethodEvaluator {
    /**
     * The value {@code method} at {@code path} returns, or empty when this evaluator cannot tell. Returned
     * values are data objects, never references.
     */
    Optional<AcpiObject> evaluate(String path, AcpiObject.MethodValue method, Namespace namespace);
}
