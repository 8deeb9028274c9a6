package dev.gpioint.acpi.asl;

import dev.gpioint.acpi.namespace.MethodEvaluator;
import dev.gpioint.acpi.namespace.Namespace;
import dev.gpioint.acpi.namespace.StaticReturnEvaluator;
import dev.gpioint.acpi.resource.ResourceTemplate;
import dev.gpioint.acpi.source.FirmwareAssembler;
import dev.gpioint.firmware.Firmware;
import dev.gpioint.firmware.FirmwareException;
import dev.gpioint.firmware.FirmwareProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiles an ASL board description to the core's {@link Firmware}. Syntax and argument errors fail the
 * whole file with every problem found, each as file:line:column with the line and a caret; problems that
 * concern one device only (a descriptor the core model rejects) mark that device instead. Stateless.
 */
public final class AslCompiler {
    private AslCompiler() {
    }

    /** The namespace {@code text} describes; {@code name} names the file in messages. */
    public static Namespace namespace(String name, String text) throws FirmwareException {
        var source = new AslSource(name, text);
        var problems = new ArrayList<AslProblem>();
        Namespace ns = AslParser.parse(source, problems);
        if (!problems.isEmpty()) {
            List<FirmwareProblem> reported = problems.stream()
                    .sorted(java.util.Comparator.comparingInt(AslProblem::line).thenComparingInt(AslProblem::column))
                    .distinct().map(source::toFirmwareProblem).toList();
            throw new FirmwareException(reported);
        }
        return ns;
    }

    /**
     * Compiles a lone {@code ResourceTemplate () { ... }} expression to its descriptors, end tag appended as iasl
     * does; syntax and argument errors are reported as for a whole file.
     */
    public static ResourceTemplate resourceTemplate(String name, String text) throws FirmwareException {
        var source = new AslSource(name, text);
        var problems = new ArrayList<AslProblem>();
        var body = AslParser.parseTemplate(source, problems);
        if (!problems.isEmpty()) {
            throw new FirmwareException(problems.stream()
                    .sorted(java.util.Comparator.comparingInt(AslProblem::line).thenComparingInt(AslProblem::column))
                    .distinct().map(source::toFirmwareProblem).toList());
        }
        return ResourceTemplate.of(body);
    }

    /** The firmware {@code text} describes, methods answered by {@code evaluator}. */
    public static Firmware compile(String name, String text, MethodEvaluator evaluator) throws FirmwareException {
        return FirmwareAssembler.assemble(name, namespace(name, text), evaluator);
    }

    /** The firmware {@code text} describes, with the static-return method evaluator. */
    public static Firmware compile(String name, String text) throws FirmwareException {
        return compile(name, text, new StaticReturnEvaluator());
    }
}
