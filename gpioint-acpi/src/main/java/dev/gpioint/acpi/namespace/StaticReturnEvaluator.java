package dev.gpioint.acpi.namespace;

import java.util.Optional;

/**
 * Answers for methods whose body only returns a compile-time value, following one level of name reference
 * (the common {@code Return (RBUF)} with {@code RBUF} a Name next to the method); everything else stays
 * unevaluated. Stateless.
 */
public final class StaticReturnEvaluator implements MethodEvaluator {
    @Override
    public Optional<AcpiObject> evaluate(String path, AcpiObject.MethodValue method, Namespace namespace) {
        if (!(method.body() instanceof MethodBody.Returns returns)) {
            return Optional.empty();
        }
        AcpiObject value = returns.value();
        if (value instanceof AcpiObject.Reference ref) {
            return namespace.resolve(ref).map(namespace::get).flatMap(o -> o)
                    .filter(o -> !(o instanceof AcpiObject.MethodValue) && !(o instanceof AcpiObject.Reference));
        }
        return Optional.of(value);
    }
}
