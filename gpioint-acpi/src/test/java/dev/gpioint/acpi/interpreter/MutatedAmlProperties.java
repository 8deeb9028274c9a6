package dev.gpioint.acpi.interpreter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.gpioint.acpi.aml.AcpiTable;
import dev.gpioint.acpi.oracle.CorpusMachines;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Damaged firmware never breaks the interpreter: a real corpus table with a few random byte edits in its AML
 * (see {@link AmlMutation}; the header stays valid) is loaded and every device's {@code _STA} and {@code _CRS}
 * evaluated, and nothing but {@link AmlException} ever comes out: no RuntimeException, no StackOverflowError,
 * no hang (each case has a few seconds), and loading itself never throws. A mutation cannot make devices out of
 * nothing either: the mutated table has at most a few devices more than the original. The tables are small
 * corpus ones (three SSDTs with devices, the two smallest DSDTs) so that a run of a few hundred cases is fast;
 * the seed is fixed, {@code -Dgpioint.props.tries=N} and {@code -Dgpioint.props.seed=S} make a longer run.
 */
@AddLifecycleHook(CorpusRequired.class)
@AddLifecycleHook(PropertyTries.class)
class MutatedAmlProperties {
    private static final List<String> TABLES = List.of(
            "lenovo-yoga-c630__acpi__SSDT.bin",
            "lenovo-miix-630__ssdt.dat",
            "acer-gateway-gwtn133-1__acpi__ssdt.dat",
            "microsoft-devkit-2023__DSDT.dat",
            "samsung-galaxybook2-go__DSDT.dat");
    /** Devices a mutation may add (an edit can turn bytes into a Device opcode) before the count is suspicious. */
    private static final int DEVICE_MARGIN = 4;
    private static final Duration LIMIT = Duration.ofSeconds(5);

    private static final Map<String, byte[]> BYTES = new ConcurrentHashMap<>();
    private static final Map<String, Integer> DEVICES = new ConcurrentHashMap<>();
    private static final Map<String, List<int[]>> HOT = new ConcurrentHashMap<>();
    private static final AtomicInteger CASES = new AtomicInteger();
    private static final AtomicInteger EVALUATIONS = new AtomicInteger();
    private static final AtomicInteger FAILURES = new AtomicInteger();

    @Property(tries = 200, seed = "1203", shrinking = ShrinkingMode.OFF)
    void mutatedTablesOnlyEverFailWithAmlException(@ForAll @IntRange(min = 0, max = 4) int table, @ForAll long seed)
            throws Exception {
        String name = TABLES.get(table);
        byte[] original = original(name);
        AmlMutation mutation = AmlMutation.random(seed, original.length, HOT.get(name));
        byte[] mutated = mutation.apply(original);
        String what = name + " with " + mutation;
        int devices = assertTimeoutPreemptively(LIMIT, () -> loadAndEvaluate(mutated, what),
                () -> what + " did not finish within " + LIMIT);
        assertThat(devices).as("devices in %s (the original has %d)", what, DEVICES.get(name))
                .isLessThanOrEqualTo(DEVICES.get(name) + DEVICE_MARGIN);
        CASES.incrementAndGet();
    }

    /** Loads the table and evaluates every device's _STA and _CRS; returns the device count. */
    private static int loadAndEvaluate(byte[] table, String what) throws Exception {
        AcpiTable t = AcpiTable.read(table, "mutated.aml");
        try {
            AmlInterpreter aml = AmlInterpreter.load(List.of(t), AmlOptions.acpica());
            for (String path : CorpusOracleTest.statusAndResourcePaths(aml)) {
                EVALUATIONS.incrementAndGet();
                try {
                    aml.evaluate(path);
                } catch (AmlException e) {
                    // The one way bad AML may fail.
                    FAILURES.incrementAndGet();
                }
            }
            return aml.devices().size();
        } catch (RuntimeException | Error e) {
            throw new AssertionError(what + " threw " + e, e);
        }
    }

    /**
     * The corpus table's bytes, remembered once per table with its device count unmutated and the bodies of the
     * _STA and _CRS methods the property evaluates (where half the edits go, see {@link AmlMutation#random}).
     */
    private static byte[] original(String name) throws Exception {
        byte[] bytes = BYTES.get(name);
        if (bytes == null) {
            bytes = Files.readAllBytes(CorpusMachines.DIRECTORY.resolve(name));
            AmlInterpreter aml = AmlInterpreter.load(List.of(AcpiTable.read(bytes, name)), AmlOptions.acpica());
            var hot = new ArrayList<int[]>();
            for (String path : CorpusOracleTest.statusAndResourcePaths(aml)) {
                if (aml.find(path).orElseThrow().value() instanceof AmlMethod m) {
                    hot.add(new int[] {m.bodyStart, m.bodyEnd});
                }
            }
            DEVICES.put(name, aml.devices().size());
            HOT.put(name, List.copyOf(hot));
            BYTES.put(name, bytes);
        }
        return bytes;
    }

    @AfterContainer
    static void report() {
        System.out.printf("mutated AML: %d cases, %d _STA/_CRS evaluations, %d failed with AmlException, none otherwise%n",
                CASES.get(), EVALUATIONS.get(), FAILURES.get());
    }
}
