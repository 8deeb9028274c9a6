package dev.gpioint.acpi.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gpioint.acpi.oracle.AcpiExecResult.BufferResult;
import dev.gpioint.acpi.oracle.AcpiExecResult.Failure;
import dev.gpioint.acpi.oracle.AcpiExecResult.IntegerResult;
import dev.gpioint.acpi.oracle.AcpiExecResult.NoObjectResult;
import dev.gpioint.acpi.oracle.AcpiExecResult.NullObjectResult;
import dev.gpioint.acpi.oracle.AcpiExecResult.PackageResult;
import dev.gpioint.acpi.oracle.AcpiExecResult.ReferenceResult;
import dev.gpioint.acpi.oracle.AcpiExecResult.StringResult;
import dev.gpioint.acpi.oracle.AcpiExecResult.TruncatedStringResult;
import dev.gpioint.acpi.oracle.AcpiExecResult.Unknown;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acpiexec oracle on small tables compiled by iasl from the ASL below: every result type, failures, and what
 * happens when a method loops, hangs or stops at a BreakPoint; then one real machine of the corpus. Most cases
 * share one acpiexec run. Skips where iasl or acpiexec is missing.
 */
class AcpiExecTest {
    private static final String LONG = "0123456789".repeat(28);
    private static final String ASL = """
            DefinitionBlock ("", "DSDT", 2, "GPIOIN", "ORACLE", 1)
            {
                Name (INT1, 0x1234)
                Name (STR1, "hello world")
                Name (BUF1, Buffer () {1, 2, 3})
                Name (B016, Buffer () {0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15})
                Name (B017, Buffer () {0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16})
                Name (BUF0, Buffer (0) {})
                Name (SLSH, Buffer () {0x2F, 0x2F, 0x20, 0x2F, 0x2F, 0x20, 0x2F, 0x2F, 0x20, 0x2F, 0x2F, 0x20, 0x2F, 0x2F, 0x20, 0x2F, 0x2F, 0x41})
                Name (PKG1, Package () {1, "two", Package () {3, Package () {4}}, Buffer () {5, 6}, INT1, \\_SB.DEV0, \\_PR.CPU0})
                Name (PKG2, Package (3) {1})
                Name (PKG0, Package () {})
                Name (ZZRO, 0)
                Processor (\\_PR.CPU0, 1, 0x120, 6) {}
                Device (\\_SB.DEV0)
                {
                    Name (_HID, "ABCD0001")
                    Method (_CRS) { Return (ResourceTemplate () { GpioInt (Edge, ActiveHigh, Exclusive, PullUp, 0, "\\\\_SB.GPO0") {12} }) }
                }
                Method (MINT) { Return (0xFFFFFFFFFFFFFFFF) }
                Method (MSTR) { Return ("a \\"q\\" b\\tc\\\\d") }
                Method (MHIB) { Return (ToString (Buffer () {0x80, 0xFF, 0x01, 0x1B, 0x41})) }
                Method (MLNG) { Return ("%s") }
                Method (MST0) { Return ("") }
                Method (MNON) { }
                Method (MERR) { Return (Divide (1, ZZRO)) }
                Method (MDEB) { Debug = "  [Integer] = 0000000000000005" Notify (\\_SB.DEV0, 0x80) Return (Package () {Buffer (20) {}}) }
                Method (MSLP) { Sleep (4000) Return (7) }
                Method (MBRK) { BreakPoint Return (9) }
                Method (MLOP) { While (One) {} }
            }
            """.formatted(LONG);

    @TempDir
    static Path dir;
    private static Path table;
    private static Map<String, AcpiExecResult> results;

    @BeforeAll
    static void evaluateTheSharedCases() throws Exception {
        Iasl.assumeAvailable();
        AcpiExec.assumeAvailable();
        table = dir.resolve("dsdt.aml");
        Files.write(table, Iasl.compile(ASL));
        results = new AcpiExec().evaluate(List.of(table), List.of("\\INT1", "\\MINT", "\\STR1", "\\MSTR", "\\MHIB", "\\MLNG",
                "\\MST0", "\\BUF1", "\\B016", "\\B017", "\\BUF0", "\\SLSH", "\\_SB.DEV0._CRS", "\\PKG1", "\\PKG2", "\\PKG0",
                "\\MNON", "\\NOPE", "\\_SB.DEV0", "\\MERR", "\\MDEB", "\\_SB.DEV0._HID"));
    }

    private static byte[] bytes(int... values) {
        var b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    private static byte[] counting(int n) {
        return bytes(IntStream.range(0, n).toArray());
    }

    @Test
    void integers() {
        assertThat(results.get("\\INT1")).isEqualTo(new IntegerResult(0x1234));
        assertThat(results.get("\\MINT")).isEqualTo(new IntegerResult(-1L));
    }

    @Test
    void stringsWithEscapesHighBytesAndTruncation() {
        assertThat(results.get("\\STR1")).isEqualTo(new StringResult("hello world"));
        assertThat(results.get("\\MSTR")).isEqualTo(new StringResult("a \"q\" b\tc\\d"));
        assertThat(results.get("\\MHIB")).isEqualTo(new StringResult("\u0080\u00FF\u0001\u001BA"));
        assertThat(results.get("\\MST0")).isEqualTo(new StringResult(""));
        assertThat(results.get("\\MLNG")).isEqualTo(new TruncatedStringResult(LONG.length(), LONG.substring(0, 255)));
    }

    @Test
    void buffersOnTheHeaderLineAndOnRowsBelowIt() {
        assertThat(results.get("\\BUF1")).isEqualTo(new BufferResult(bytes(1, 2, 3)));
        assertThat(results.get("\\B016")).isEqualTo(new BufferResult(counting(16)));
        assertThat(results.get("\\B017")).isEqualTo(new BufferResult(counting(17)));
        assertThat(results.get("\\BUF0")).isEqualTo(new BufferResult(new byte[0]));
        byte[] slashes = bytes(0x2F, 0x2F, 0x20, 0x2F, 0x2F, 0x20, 0x2F, 0x2F, 0x20, 0x2F, 0x2F, 0x20, 0x2F, 0x2F, 0x20, 0x2F, 0x2F, 0x41);
        assertThat(results.get("\\SLSH")).as("'//' in the ASCII column").isEqualTo(new BufferResult(slashes));
        var crs = (BufferResult) results.get("\\_SB.DEV0._CRS");
        assertThat(crs.bytes()).hasSize(0x25).startsWith(bytes(0x8C, 0x20, 0x00, 0x01)).endsWith(bytes(0x79, 0x00));
    }

    @Test
    void packagesNestedWithReferencesAndEmptyElements() {
        assertThat(results.get("\\PKG1")).isEqualTo(new PackageResult(List.of(
                new IntegerResult(1),
                new StringResult("two"),
                new PackageResult(List.of(new IntegerResult(3), new PackageResult(List.of(new IntegerResult(4))))),
                new BufferResult(bytes(5, 6)),
                new IntegerResult(0x1234),
                new ReferenceResult("<Node> Name DEV0 Device"),
                new ReferenceResult("<Node> Name CPU0 Processor"))));
        assertThat(results.get("\\PKG2")).isEqualTo(new PackageResult(List.of(new IntegerResult(1), new NullObjectResult(), new NullObjectResult())));
        assertThat(results.get("\\PKG0")).isEqualTo(new PackageResult(List.of()));
    }

    @Test
    void failuresAndNoValue() {
        assertThat(results.get("\\NOPE")).isEqualTo(new Failure("AE_NOT_FOUND"));
        assertThat(results.get("\\_SB.DEV0")).isEqualTo(new Failure("AE_TYPE"));
        assertThat(results.get("\\MERR")).as("after ACPI Error lines").isEqualTo(new Failure("AE_AML_DIVIDE_BY_ZERO"));
        assertThat(results.get("\\MNON")).isEqualTo(new NoObjectResult());
    }

    @Test
    void debugOutputAndNotifyMessagesAreSkipped() {
        assertThat(results.get("\\MDEB")).isEqualTo(new PackageResult(List.of(new BufferResult(new byte[20]))));
        assertThat(results.get("\\_SB.DEV0._HID")).isEqualTo(new StringResult("ABCD0001"));
    }

    @Test
    void everyPathHasItsResultInTheOrderGiven() {
        assertThat(results.keySet()).first().isEqualTo("\\INT1");
        assertThat(results.keySet()).last().isEqualTo("\\_SB.DEV0._HID");
        assertThat(results.values()).noneMatch(r -> r instanceof Unknown);
    }

    /** acpiexec's own loop timeout (its default is 10 s; the oracle passes -to 1) gives a status, no restart needed. */
    @Test
    void anEndlessLoopFailsWithLoopTimeout() throws Exception {
        long start = System.nanoTime();
        var r = new AcpiExec().evaluate(List.of(table), List.of("\\MLOP", "\\INT1"));
        assertThat(r).containsEntry("\\MLOP", new Failure("AE_AML_LOOP_TIMEOUT")).containsEntry("\\INT1", new IntegerResult(0x1234));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(8));
    }

    @Test
    void aHangingMethodTimesOutAndANewAcpiexecEvaluatesTheRest() throws Exception {
        var oracle = new AcpiExec(AcpiExec.Options.defaults().withEvaluationTimeout(Duration.ofSeconds(1)));
        var r = oracle.evaluate(List.of(table), List.of("\\INT1", "\\MSLP", "\\STR1"));
        assertThat(r).containsExactly(
                Map.entry("\\INT1", new IntegerResult(0x1234)),
                Map.entry("\\MSLP", new Unknown("timeout")),
                Map.entry("\\STR1", new StringResult("hello world")));
    }

    @Test
    void anAmlBreakPointIsUnknownAndANewAcpiexecEvaluatesTheRest() throws Exception {
        var r = new AcpiExec().evaluate(List.of(table), List.of("\\MBRK", "\\INT1"));
        assertThat(r.get("\\MBRK")).isInstanceOfSatisfying(Unknown.class, u -> assertThat(u.why()).startsWith("breakpoint"));
        assertThat(r.get("\\INT1")).isEqualTo(new IntegerResult(0x1234));
    }

    @Test
    void tablesThatDoNotLoadMakeEveryPathUnknown() throws Exception {
        var r = new AcpiExec().evaluate(List.of(table, table), List.of("\\INT1", "\\STR1"));
        assertThat(r.values()).hasSize(2).allSatisfy(v -> assertThat(v).isInstanceOfSatisfying(Unknown.class,
                u -> assertThat(u.why()).contains("before evaluating anything").contains("Already found a DSDT")));
    }

    /**
     * A stand-in for acpiexec: a shell script that echoes each command and answers 42, except that it dies by
     * SIGSEGV on {@code \CRSH} and prints the prompt and the echo on two lines for {@code \SPLT}, as acpiexec
     * itself does now and then.
     */
    private static AcpiExec fakeAcpiexec() throws Exception {
        Path fake = dir.resolve("fake-acpiexec.sh");
        Files.writeString(fake, """
                echo "Intel ACPI Component Architecture"
                while read -r cmd path; do
                  if [ "$path" = '\\SPLT' ]; then echo "- "; echo "$cmd $path"; else echo "- $cmd $path"; fi
                  [ "$cmd" = quit ] && exit 0
                  echo "Evaluating $path"
                  if [ "$path" = '\\CRSH' ]; then echo "ACPI Exec: Segmentation Fault"; kill -SEGV $$; fi
                  echo "Evaluation of $path returned object 0x55, external buffer length 18"
                  echo "  [Integer] = 000000000000002A"
                  echo
                done
                """);
        return new AcpiExec(AcpiExec.Options.defaults().withLauncher(List.of("sh", fake.toString())));
    }

    /** A real crash cannot be provoked on demand, so the stand-in plays acpiexec dying by SIGSEGV. */
    @Test
    void aCrashIsUnknownAndANewAcpiexecEvaluatesTheRest() throws Exception {
        var r = fakeAcpiexec().evaluate(List.of(table), List.of("\\AAAA", "\\CRSH", "\\BBBB"));
        assertThat(r.get("\\AAAA")).isEqualTo(new IntegerResult(42));
        assertThat(r.get("\\CRSH")).isInstanceOfSatisfying(Unknown.class, u -> assertThat(u.why())
                .startsWith("crash:").contains("killed by signal 11").contains("Segmentation Fault"));
        assertThat(r.get("\\BBBB")).isEqualTo(new IntegerResult(42));
    }

    /** The race is rare in acpiexec (about one run in a hundred), so the stand-in plays it every time. */
    @Test
    void aPromptSplitFromItsEchoStillStartsTheAnswer() throws Exception {
        var r = fakeAcpiexec().evaluate(List.of(table), List.of("\\SPLT", "\\AAAA"));
        assertThat(r).containsEntry("\\SPLT", new IntegerResult(42)).containsEntry("\\AAAA", new IntegerResult(42));
    }

    @Test
    void malformedPathsAreRejected() {
        var oracle = new AcpiExec();
        assertThatThrownBy(() -> oracle.evaluate(List.of(table), List.of("_SB.DEV0"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> oracle.evaluate(List.of(table), List.of("\\_sb"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> oracle.evaluate(List.of(table), List.of("\\INT1; quit"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> oracle.evaluate(List.of(table), List.of("\\INT1", "\\INT1"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRealMachine() throws Exception {
        var x13s = CorpusMachines.assumeCorpus().stream().filter(m -> m.name().equals("lenovo-thinkpad-x13s")).findFirst().orElseThrow();
        var r = new AcpiExec().evaluate(x13s.files(), List.of("\\_SB.BCL1._CRS", "\\_OS"));
        var crs = (BufferResult) r.get("\\_SB.BCL1._CRS");
        assertThat(crs.bytes()).hasSize(0x11A).startsWith(bytes(0x8C, 0x20, 0x00, 0x01));
        assertThat(r.get("\\_OS")).isEqualTo(new StringResult("Microsoft Windows NT"));
    }
}
