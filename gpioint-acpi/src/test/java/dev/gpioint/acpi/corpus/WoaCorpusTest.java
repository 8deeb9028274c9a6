package dev.gpioint.acpi.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gpioint.acpi.aml.AcpiTable;
import dev.gpioint.acpi.aml.AcpiTableException;
import dev.gpioint.acpi.interpreter.AmlException;
import dev.gpioint.acpi.interpreter.AmlInterpreter;
import dev.gpioint.acpi.interpreter.AmlNode;
import dev.gpioint.acpi.interpreter.AmlOptions;
import dev.gpioint.acpi.interpreter.AmlValue;
import dev.gpioint.acpi.asl.AslCompiler;
import dev.gpioint.acpi.namespace.AcpiObject;
import dev.gpioint.acpi.namespace.Namespace;
import dev.gpioint.acpi.namespace.StaticReturnEvaluator;
import dev.gpioint.acpi.oracle.Iasl;
import dev.gpioint.acpi.resource.GpioIntDescriptor;
import dev.gpioint.acpi.resource.ResourceDecodeException;
import dev.gpioint.acpi.resource.ResourceDecoder;
import dev.gpioint.acpi.resource.ResourceDescriptor;
import dev.gpioint.firmware.FirmwareException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The 96 real Windows-on-ARM tables of the shared corpus: every table loads or fails with a clear error (one is
 * known to be corrupt), every {@code _CRS} the AML interpreter evaluates decodes, and for every device whose {@code _CRS}
 * the disassembly states without running AML, the GpioInt descriptors the interpreter gives equal those in
 * iasl -d's disassembly of the same table (compiled back by our
 * ASL parser); the whole corpus given as one directory loads machine by machine with only the corrupt table
 * skipped. Skips when the corpus is absent; the iasl comparison skips when iasl is absent.
 */
class WoaCorpusTest {
    /** Relative to the module directory, where Maven runs tests: the repository's ../shared/corpus/woa. */
    private static final Path CORPUS = Path.of("../../shared/corpus/woa");
    private static final Set<String> KNOWN_CORRUPT = Set.of("microsoft-surface-pro-12-in__acpi__ssdt.dat");

    private record Loaded(Path file, AmlInterpreter aml) {
    }

    private List<Path> corpus() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS), "corpus " + CORPUS.toAbsolutePath().normalize()
                + " is absent: skipping the real-firmware tests");
        try (var files = Files.list(CORPUS)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private List<Loaded> loadAll(List<Path> files, List<String> failures) throws IOException {
        var loaded = new ArrayList<Loaded>();
        for (Path file : files) {
            try {
                AcpiTable table = AcpiTable.read(Files.readAllBytes(file), file.getFileName().toString());
                loaded.add(new Loaded(file, AmlInterpreter.load(List.of(table), AmlOptions.windows11())));
            } catch (AcpiTableException e) {
                assertThat(e.getMessage()).contains(file.getFileName().toString()).contains("offset");
                failures.add(file.getFileName() + ": " + e.getMessage());
            }
        }
        return loaded;
    }

    /**
     * The {@code _CRS} buffer of a device in a namespace read from ASL (iasl's disassembly): known without running
     * AML, a Name holding a buffer or a method that only returns one.
     */
    private static java.util.Optional<AcpiObject.BufferValue> staticCrs(Namespace ns, String device) {
        return ns.get(device + "._CRS").flatMap(o -> o instanceof AcpiObject.MethodValue m
                ? new StaticReturnEvaluator().evaluate(device + "._CRS", m, ns) : java.util.Optional.of(o))
                .filter(o -> o instanceof AcpiObject.BufferValue).map(o -> (AcpiObject.BufferValue) o);
    }

    /**
     * What a device's own {@code _CRS} evaluates to in one table loaded alone (a method that needs another
     * table's objects fails here and gives nothing).
     */
    private static java.util.Optional<byte[]> evaluatedCrs(AmlInterpreter aml, AmlNode device) {
        return aml.find(device.path() + "._CRS").filter(n -> n.parent() == device).flatMap(n -> {
            try {
                return aml.evaluate(n) instanceof AmlValue.Buffer b ? java.util.Optional.of(b.bytes()) : java.util.Optional.empty();
            } catch (AmlException e) {
                return java.util.Optional.empty();
            }
        });
    }

    @Test
    void everyTableLoadsOrFailsClearlyAndEveryStaticCrsDecodes() throws IOException {
        List<Path> files = corpus();
        var failures = new ArrayList<String>();
        List<Loaded> loaded = loadAll(files, failures);
        int devices = 0;
        int staticCrs = 0;
        int methodCrs = 0;
        int constantMethods = 0;
        int descriptors = 0;
        int gpioInts = 0;
        var decodeFailures = new ArrayList<String>();
        for (Loaded l : loaded) {
            for (AmlNode device : l.aml().devices()) {
                devices++;
                var crs = l.aml().find(device.path() + "._CRS").filter(n -> n.parent() == device);
                if (crs.isEmpty()) {
                    continue;
                }
                boolean method = crs.get().value() instanceof dev.gpioint.acpi.interpreter.AmlMethod;
                var known = evaluatedCrs(l.aml(), device);
                if (known.isEmpty()) {
                    // A method that needs another table's objects, or firmware that fails: counted, not decoded.
                    methodCrs++;
                    continue;
                }
                staticCrs++;
                if (method) {
                    constantMethods++;
                }
                try {
                    var template = ResourceDecoder.decode(known.get(), l.file().getFileName().toString(), 0);
                    descriptors += template.body().size();
                    gpioInts += (int) template.body().stream().filter(d -> d instanceof GpioIntDescriptor).count();
                } catch (ResourceDecodeException e) {
                    decodeFailures.add(device.path() + ": " + e.getMessage());
                }
            }
        }
        System.out.printf("WoA corpus: %d files, %d loaded, %d failed with an error%n", files.size(), loaded.size(), failures.size());
        failures.forEach(f -> System.out.println("  " + f));
        System.out.printf("WoA corpus, each table alone: %d devices, %d _CRS evaluated (%d of them methods; %d descriptors, "
                + "%d GpioInt) decoded, %d _CRS that need another table or fail%n", devices, staticCrs, constantMethods, descriptors,
                gpioInts, methodCrs);
        decodeFailures.forEach(f -> System.out.println("  decode failure: " + f));
        // Every evaluated _CRS decodes, the vendor-defined serial buses of Qualcomm's ADC devices (type 193) included.
        assertThat(decodeFailures).as("every evaluated _CRS decodes").isEmpty();
        assertThat(failures).as("only the known-corrupt table fails")
                .allMatch(f -> KNOWN_CORRUPT.stream().anyMatch(f::startsWith));
        assertThat(failures).hasSize(KNOWN_CORRUPT.size());
    }

    @Test
    void everyLoadableTableBootsThroughTheAmlFormat() throws Exception {
        List<Path> files = corpus();
        var format = new dev.gpioint.acpi.source.AmlFirmwareFormat();
        int devices = 0;
        int gpioInts = 0;
        var defects = new java.util.TreeMap<String, Integer>();
        for (Path file : files) {
            if (KNOWN_CORRUPT.contains(file.getFileName().toString())) {
                continue;
            }
            assertThat(format.accepts(List.of(file))).as(file.toString()).isTrue();
            var firmware = format.source(List.of(file)).load();
            devices += firmware.devices().size();
            for (var device : firmware.devices()) {
                gpioInts += (int) device.resources().stream().filter(r -> r instanceof dev.gpioint.firmware.GpioInt).count();
                device.defect().ifPresent(d -> defects.merge(d.replaceAll("offset 0x[0-9A-F]+", "offset ...")
                        .replaceAll(".*: ", ""), 1, Integer::sum));
            }
        }
        System.out.printf("WoA corpus through the aml format: %d devices, %d GpioInt resources, %d devices with a defect%n",
                devices, gpioInts, defects.values().stream().mapToInt(Integer::intValue).sum());
        defects.forEach((reason, count) -> System.out.println("  " + count + " x " + reason));
        assertThat(devices).isPositive();
    }

    /**
     * The whole corpus given at once, as a directory: the aml format splits it into one machine per
     * {@code <device>__} prefix, every machine loads, and the only thing skipped is the corrupt Surface Pro 12
     * SSDT, reported with its file, offset and reason while that machine's DSDT still loads.
     */
    @Test
    void theWholeCorpusLoadsOneMachineAtATime() throws Exception {
        List<Path> files = corpus();
        long prefixes = files.stream().map(f -> f.getFileName().toString().replaceFirst("__.*", "")).distinct().count();
        var machines = new dev.gpioint.acpi.source.AmlFirmwareFormat().machines(List.of(CORPUS));
        assertThat(machines).hasSize((int) prefixes);
        var problems = new ArrayList<dev.gpioint.firmware.FirmwareProblem>();
        int devices = 0;
        for (var machine : machines) {
            var firmware = machine.load();
            assertThat(firmware.devices()).as(firmware.origin()).isNotEmpty();
            devices += firmware.devices().size();
            problems.addAll(firmware.problems());
            if (firmware.origin().contains("microsoft-surface-pro-12-in__")) {
                assertThat(firmware.origin()).contains("microsoft-surface-pro-12-in__acpi__dsdt.dat");
            }
        }
        // AML that fails while a table loads or a device initializes is reported too (status first); tables skipped are not AML.
        var skippedTables = problems.stream().filter(p -> !p.message().startsWith("AE_")).toList();
        System.out.printf("WoA corpus as one directory: %d machines, %d devices, %d tables skipped, %d AML problems reported%n",
                machines.size(), devices, skippedTables.size(), problems.size() - skippedTables.size());
        assertThat(skippedTables).singleElement().satisfies(p -> {
            assertThat(p.source()).endsWith("microsoft-surface-pro-12-in__acpi__ssdt.dat");
            assertThat(p.location()).isEqualTo("offset 0x4");
            assertThat(p.message()).contains("runs past the end of the data");
        });
    }

    @Test
    void gpioIntsOfStaticCrsMatchIaslDisassembly() throws Exception {
        List<Path> files = corpus();
        Iasl.assumeAvailable();
        List<Loaded> loaded = loadAll(files, new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()));
        Map<Loaded, Future<String>> disassembly = new LinkedHashMap<>();
        for (Loaded l : loaded) {
            disassembly.put(l, pool.submit(() -> Iasl.disassemble(l.file())));
        }
        int tables = 0;
        int devicesChecked = 0;
        int descriptorsChecked = 0;
        int gpioIntsChecked = 0;
        var skipped = new ArrayList<String>();
        var mismatches = new ArrayList<String>();
        try {
            for (var entry : disassembly.entrySet()) {
                Loaded l = entry.getKey();
                String dsl;
                try {
                    dsl = entry.getValue().get();
                } catch (java.util.concurrent.ExecutionException e) {
                    skipped.add(l.file().getFileName() + " (" + e.getCause().getMessage() + ")");
                    continue;
                }
                Namespace theirs;
                try {
                    theirs = AslCompiler.namespace(l.file().getFileName() + ".dsl", dsl);
                } catch (FirmwareException e) {
                    mismatches.add(l.file().getFileName() + ": our ASL parser rejects iasl's disassembly:\n"
                            + e.getMessage().lines().limit(6).reduce("", (a, b) -> a + "\n" + b));
                    continue;
                }
                tables++;
                for (AmlNode node : l.aml().devices()) {
                    String device = node.path();
                    // Compared where the disassembly states the value without running AML; the interpreter runs it.
                    var their = staticCrs(theirs, device);
                    if (their.isEmpty()) {
                        continue;
                    }
                    var ours = evaluatedCrs(l.aml(), node);
                    if (ours.isEmpty()) {
                        mismatches.add(l.file().getFileName() + " " + device + ": the disassembly has a static _CRS the interpreter does not give");
                        continue;
                    }
                    AcpiObject.BufferValue theirBuffer = their.get();
                    List<ResourceDescriptor> ourList = ResourceDecoder.decode(ours.get(), "ours", 0).body();
                    List<ResourceDescriptor> theirList = ResourceDecoder.decode(theirBuffer.bytes(), "theirs", 0).body();
                    List<ResourceDescriptor> ourGpio = ourList.stream().filter(d -> d instanceof GpioIntDescriptor).toList();
                    List<ResourceDescriptor> theirGpio = theirList.stream().filter(d -> d instanceof GpioIntDescriptor).toList();
                    devicesChecked++;
                    descriptorsChecked += ourList.size();
                    gpioIntsChecked += ourGpio.size();
                    if (!ourGpio.equals(theirGpio)) {
                        mismatches.add(l.file().getFileName() + " " + device + ":\n  ours   " + ourGpio + "\n  theirs " + theirGpio);
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("WoA corpus vs iasl -d: %d tables compared, %d devices with a static _CRS, %d descriptors, %d GpioInt checked%n",
                tables, devicesChecked, descriptorsChecked, gpioIntsChecked);
        skipped.forEach(s -> System.out.println("  iasl -d failed, not compared: " + s));
        mismatches.forEach(m -> System.out.println("  MISMATCH " + m));
        assertThat(mismatches).isEmpty();
        assertThat(devicesChecked).isPositive();
    }
}
