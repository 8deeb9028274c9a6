package dev.gpioint.bench.firmware;

import dev.gpioint.acpi.interpreter.AmlException;
import dev.gpioint.acpi.interpreter.AmlInterpreter;
import dev.gpioint.acpi.interpreter.AmlNode;
import dev.gpioint.acpi.interpreter.AmlOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The work the AML corpus figure measures on one machine, the same in JMH, in the whole-process main and in the
 * acpiexec input: load the machine's tables with {@link AmlOptions#windows11()} (which runs {@code _REG},
 * {@code \_SB._INI} and the present devices' {@code _INI}, as acpiexec does at load), then evaluate {@code _STA}
 * and then {@code _CRS} of every Device that has them, devices in definition order. A failing evaluation
 * ({@link AmlException}) is counted, not thrown: real firmware fails some (a region nobody serves, a missing
 * object).
 */
public final class DeviceObjects {
    /** The two objects evaluated per device, in this order. */
    private static final List<String> SEGMENTS = List.of("_STA", "_CRS");

    /**
     * What one pass over a machine did.
     *
     * @param evaluated objects evaluated, failed ones included
     * @param failed    evaluations that threw {@link AmlException}
     */
    public record Tally(int evaluated, int failed) {
        /** The two tallies added up. */
        public Tally plus(Tally other) {
            return new Tally(evaluated + other.evaluated, failed + other.failed);
        }
    }

    private DeviceObjects() {
    }

    /** Loads {@code machine} and evaluates its devices' objects; each result (value or exception) goes to {@code sink}. */
    public static Tally run(CorpusMachine machine, Consumer<Object> sink) {
        AmlInterpreter aml = AmlInterpreter.load(machine.tables(), AmlOptions.windows11());
        int failed = 0;
        List<AmlNode> objects = objects(aml);
        for (AmlNode object : objects) {
            try {
                sink.accept(aml.evaluate(object));
            } catch (AmlException e) {
                sink.accept(e);
                failed++;
            }
        }
        return new Tally(objects.size(), failed);
    }

    /**
     * The {@code _STA} and {@code _CRS} nodes of every device of a loaded namespace, in evaluation order. Collected
     * before any is evaluated, so what an evaluation adds to the namespace does not change the list.
     */
    public static List<AmlNode> objects(AmlInterpreter aml) {
        var out = new ArrayList<AmlNode>();
        for (AmlNode device : aml.devices()) {
            for (String segment : SEGMENTS) {
                for (AmlNode child : device.children()) {
                    if (child.segment().equals(segment)) {
                        out.add(child);
                    }
                }
            }
        }
        return out;
    }

    /** The absolute paths of {@link #objects} of {@code machine} after a load, for acpiexec's {@code evaluate} commands. */
    public static List<String> paths(CorpusMachine machine) {
        return objects(AmlInterpreter.load(machine.tables(), AmlOptions.windows11())).stream().map(AmlNode::path).toList();
    }
}
