package dev.gpioint.acpi.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gpioint.acpi.oracle.AcpiExecResult.BufferResult;
import dev.gpioint.acpi.oracle.AcpiExecResult.IntegerResult;
import dev.gpioint.acpi.oracle.AcpiExecResult.OtherResult;
import dev.gpioint.acpi.oracle.AcpiExecResult.PackageResult;
import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.jupiter.api.Test;

/**
 * The dump parser on acpiexec text written out by hand: the cases a real acpiexec run does not produce on demand
 * (messages in the middle of a dump, malformed dumps, types only firmware makes). Needs no acpiexec.
 */
class AcpiExecDumpTest {
    /** Lines from a text; running out is a {@link AcpiExecProcess.Stopped} like the end of acpiexec's output. */
    private static final class TextLines implements AcpiExecDump.Lines {
        private final Deque<String> lines;

        TextLines(String text) {
            lines = new ArrayDeque<>(text.lines().toList());
        }

        @Override
        public String next() throws AcpiExecProcess.Stopped {
            if (lines.isEmpty()) {
                throw new AcpiExecProcess.Stopped(false, "end of text");
            }
            return lines.pop();
        }

        @Override
        public void pushBack(String line) {
            lines.push(line);
        }
    }

    @Test
    void messagesInTheMiddleOfADumpAreSkipped() throws Exception {
        var lines = new TextLines("""
                  [Package] Contains 2 Elements:
                ACPI Exec: Global:    Received a Device Notify on [DEV0] 0x55dff9f6a090 Value 0x80 (Status Change)
                    [Integer] = 000000000000002A
                    [Buffer] Length 11 =\s
                ACPI Warning: something
                    0000: 00 01 02 03 04 05 06 07 08 09 0A 0B 0C 0D 0E 0F  // ................
                    0010: 10                                               // .
                """);
        assertThat(AcpiExecDump.value(lines)).isEqualTo(new PackageResult(java.util.List.of(new IntegerResult(42),
                new BufferResult(new byte[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16}))));
    }

    @Test
    void aShortBufferRowPushedToTheNextLineIsStillRead() throws Exception {
        assertThat(AcpiExecDump.value(new TextLines("  [Buffer] Length 02 = \n\n    0000: 05 06    // ..\n")))
                .isEqualTo(new BufferResult(new byte[] {5, 6}));
    }

    @Test
    void aShortDumpStopsAtTheNextEchoAndLeavesItForTheCaller() throws Exception {
        var lines = new TextLines("""
                  [Package] Contains 2 Elements:
                    [Integer] = 0000000000000001
                - evaluate \\NEXT
                """);
        assertThatThrownBy(() -> AcpiExecDump.value(lines)).isInstanceOf(AcpiExecDump.Unparsed.class).hasMessageContaining("ended early");
        assertThat(lines.next()).isEqualTo("- evaluate \\NEXT");
    }

    @Test
    void malformedDumpsAreUnparsed() {
        assertThatThrownBy(() -> AcpiExecDump.value(new TextLines("  [Buffer] Length 12 = \n    0010: 00\n")))
                .isInstanceOf(AcpiExecDump.Unparsed.class).hasMessageContaining("offset 0");
        assertThatThrownBy(() -> AcpiExecDump.value(new TextLines("  [String] Length 05 = \"abc\"\n")))
                .isInstanceOf(AcpiExecDump.Unparsed.class).hasMessageContaining("length 5");
        assertThatThrownBy(() -> AcpiExecDump.value(new TextLines("    [Integer] = 0000000000000001\n")))
                .isInstanceOf(AcpiExecDump.Unparsed.class).hasMessageContaining("indentation 2");
    }

    @Test
    void otherTypesKeepTheirNameAndText() throws Exception {
        assertThat(AcpiExecDump.value(new TextLines("  [Power Resource]\n"))).isEqualTo(new OtherResult("Power Resource", ""));
        assertThat(AcpiExecDump.value(new TextLines("  [Unknown Type] 1E\n"))).isEqualTo(new OtherResult("Unknown Type", "1E"));
    }

    @Test
    void theStartOfACommandShowsInItsEchoEvenSplitFromThePromptOrInEvaluating() {
        assertThat(AcpiExecDump.announced("- evaluate \\_SB.DEV0._CRS")).contains("\\_SB.DEV0._CRS");
        assertThat(AcpiExecDump.announced("evaluate \\_SB.DEV0._CRS")).contains("\\_SB.DEV0._CRS");
        assertThat(AcpiExecDump.announced("Evaluating \\_SB.DEV0._CRS")).contains("\\_SB.DEV0._CRS");
        assertThat(AcpiExecDump.announced("- quit")).contains("quit");
        assertThat(AcpiExecDump.announced("- ")).isEmpty();
        assertThat(AcpiExecDump.announced("Evaluation of \\_SB.DEV0._CRS failed with status AE_NOT_FOUND")).isEmpty();
    }

    @Test
    void escapesIncludingSignExtendedHighBytes() throws Exception {
        assertThat(AcpiExecDump.unescape("\\xFFFFFF80\\xFFFFFFFF\\x01\\a\\b\\f\\v\\r\\x1BA\\'\\\"\\\\", "test"))
                .isEqualTo("\u0080\u00FF\u0001\u0007\b\f\u000B\r\u001BA'\"\\");
    }
}
