package dev.gpioint.acpi.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gpioint.acpi.aml.AcpiTable;
import dev.gpioint.acpi.oracle.AcpiExec;
import dev.gpioint.acpi.oracle.AcpiExecResult;
import dev.gpioint.acpi.oracle.CorpusMachines;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The interpreter against ACPICA's {@code acpiexec} on every machine of the real-firmware corpus: each machine's
 * DSDT with its SSDTs is loaded by both, and every device's {@code _STA} and {@code _CRS} is evaluated by both
 * (gpioint with {@link AmlOptions#acpica()}, which answers {@code _OSI} and simulates hardware as acpiexec
 * does). Integers, strings and buffers must be equal byte for byte, failures must carry the same status. The
 * test prints how many objects it compared, how many matched, and each difference; an object acpiexec could
 * not evaluate (it timed out or crashed) is counted apart and not compared.
 */
class CorpusOracleTest {

    @Test
    void everyDeviceStatusAndResourceTemplateMatchesAcpiexec() throws Exception {
        List<CorpusMachines.Machine> machines = CorpusMachines.assumeCorpus();
        AcpiExec.assumeAvailable();
        var acpiexec = new AcpiExec(AcpiExec.Options.defaults().withRepairReturnValues(true));
        int compared = 0;
        int matched = 0;
        int unknown = 0;
        var differences = new ArrayList<String>();
        for (CorpusMachines.Machine machine : machines) {
            List<Path> files = machine.validFiles();
            var tables = new ArrayList<AcpiTable>();
            for (Path f : files) {
                tables.add(AcpiTable.read(Files.readAllBytes(f), f.getFileName().toString()));
            }
            AmlInterpreter aml = AmlInterpreter.load(tables, AmlOptions.acpica());
            List<String> paths = statusAndResourcePaths(aml);
            Map<String, AcpiExecResult> theirs = acpiexec.evaluate(files, paths);
            int machineMatched = 0;
            for (String path : paths) {
                AcpiExecResult oracle = theirs.get(path);
                if (oracle == null || oracle instanceof AcpiExecResult.Unknown) {
                    unknown++;
                    continue;
                }
                compared++;
                String ours = ours(aml, path);
                String expected = expected(oracle);
                if (ours.equals(expected)) {
                    matched++;
                    machineMatched++;
                } else {
                    differences.add(machine.name() + " " + path + ": gpioint " + ours + ", acpiexec " + expected);
                }
            }
            System.out.printf("oracle %-40s %4d objects, %4d match acpiexec%n", machine.name(), paths.size(), machineMatched);
        }
        System.out.printf("AML interpreter vs acpiexec: %d machines, %d objects compared, %d matched, %d differ, "
                + "%d acpiexec could not evaluate%n", machines.size(), compared, matched, differences.size(), unknown);
        differences.forEach(d -> System.out.println("  differs: " + d));
        assertThat(compared).isGreaterThan(8000);
        assertThat(differences).isEmpty();
    }

    /** Every device's own _STA and _CRS, in definition order. */
    static List<String> statusAndResourcePaths(AmlInterpreter aml) {
        var paths = new ArrayList<String>();
        for (AmlNode device : aml.devices()) {
            for (String name : List.of("_STA", "_CRS")) {
                String path = device.path() + "." + name;
                aml.find(path).filter(n -> n.parent() == device).ifPresent(n -> paths.add(path));
            }
        }
        return paths;
    }

    private static String ours(AmlInterpreter aml, String path) {
        try {
            return text(aml.evaluate(path));
        } catch (AmlException e) {
            return "failure " + e.status();
        }
    }

    static String text(AmlValue v) {
        return switch (v) {
            case AmlValue.Integer i -> "integer 0x" + Long.toHexString(i.value());
            case AmlValue.Str s -> "string \"" + s.value() + "\"";
            case AmlValue.Buffer b -> "buffer " + HexFormat.of().formatHex(b.bytes());
            case AmlValue.Uninitialized u -> "no value";
            default -> v.describe();
        };
    }

    private static String expected(AcpiExecResult r) {
        return switch (r) {
            case AcpiExecResult.IntegerResult i -> "integer 0x" + Long.toHexString(i.value());
            case AcpiExecResult.StringResult s -> "string \"" + s.value() + "\"";
            case AcpiExecResult.BufferResult b -> "buffer " + HexFormat.of().formatHex(b.bytes());
            case AcpiExecResult.Failure f -> "failure " + f.status();
            case AcpiExecResult.NoObjectResult n -> "no value";
            default -> r.toString();
        };
    }
}
