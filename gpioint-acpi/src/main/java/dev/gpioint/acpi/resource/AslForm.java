package dev.gpioint.acpi.resource;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One ASL macro that builds a descriptor kind, e.g. {@code I2cSerialBusV2} or {@code DWordMemory}.
 *
 * @param macro  the macro name as printed
 * @param args   the parenthesised arguments in order
 * @param braces the braced list, if the macro takes one
 * @param fixed  the values of components this macro does not take as arguments (a revision, a resource
 *               type); a descriptor prints with this macro only when it holds these values
 */
public record AslForm(String macro, List<AslArg> args, Optional<AslArg.Braces> braces, Map<String, Object> fixed) {
    public AslForm {
        args = List.copyOf(args);
        fixed = Map.copyOf(fixed);
    }
}
