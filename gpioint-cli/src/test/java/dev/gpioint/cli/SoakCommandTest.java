package dev.gpioint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gpioint.cli.reliability.BoardSpec;
import dev.gpioint.cli.reliability.Case;
import dev.gpioint.cli.reliability.CaseText;
import dev.gpioint.cli.reliability.ControllerSpec;
import dev.gpioint.cli.reliability.DeviceSpec;
import dev.gpioint.cli.reliability.Expectation;
import dev.gpioint.cli.reliability.Flavour;
import dev.gpioint.cli.reliability.Net;
import dev.gpioint.cli.reliability.ReferenceModel;
import dev.gpioint.cli.reliability.Step;
import dev.gpioint.firmware.InterruptMode;
import dev.gpioint.firmware.Polarity;
import java.util.List;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gpioint soak}, and replaying a generated case with {@code gpioint run}. */
class SoakCommandTest {
    @TempDir
    Path temp;

    @Test
    void aShortSoakEndsWithTheSummaryLineAndNothingLost() {
        CommandResult result = CommandResult.run("soak", "--seconds", "3", "--seed", "7", "--pins", "256", "--processors", "2",
                "--injectors", "2");
        assertThat(result.status()).as(result.out() + result.err()).isZero();
        String last = result.out().lines().reduce((a, b) -> b).orElseThrow();
        var summary = Pattern.compile("soak: (\\d+) interrupts, (\\d+) scenarios, (\\d+) faults injected, 0 lost, 0 duplicated, 0 misordered");
        var matcher = summary.matcher(last);
        assertThat(matcher.matches()).as(last).isTrue();
        assertThat(Long.parseLong(matcher.group(1))).isPositive();
        assertThat(Long.parseLong(matcher.group(2))).isPositive();
        assertThat(Long.parseLong(matcher.group(3))).as("the two failing devices and the hung controller at least").isGreaterThanOrEqualTo(3);
        assertThat(result.out()).contains("model: ", "all equal to the model", "realtime: ");
    }

    @Test
    void badArgumentsAreOneClearLine() {
        CommandResult result = CommandResult.run("soak", "--seconds", "0");
        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err().strip()).isEqualTo("gpioint: --seconds must be 1..604800, not 0");
    }

    @Test
    void aCasePrintedAsAslAndScenarioReplaysWithGpiointRunAsTheModelSays() throws IOException {
        var board = new BoardSpec(List.of(new ControllerSpec(0, true, false, "edge-level")),
                List.of(new Net(0, 3, -1, InterruptMode.EDGE, Polarity.ACTIVE_BOTH, 0, false),
                        new Net(-1, -1, 100, InterruptMode.LEVEL, Polarity.ACTIVE_HIGH, 0, false)),
                List.of(new DeviceSpec(0, Flavour.KMDF_DIRQL, List.of(0, 1))));
        var c = new Case(0, board, List.of(new Step.Drive(1_000_000, 0, true), new Step.Raise(2_000_000, 0, 1, 3),
                new Step.Glitch(3_000_000, 0, false, 20_000)));
        Path asl = temp.resolve("case.asl");
        Path scenario = temp.resolve("case.scenario");
        Files.writeString(asl, CaseText.asl(c));
        Files.writeString(scenario, CaseText.scenario(c));
        CommandResult result = CommandResult.run("run", asl.toString(), "--scenario", scenario.toString());
        assertThat(result.status()).as(result.err()).isZero();
        Expectation expected = ReferenceModel.expect(c);
        assertThat(CommandTest.isrRuns(result.out(), "\\_SB.GPC0 pin 3")).isEqualTo(sum(expected.of(0, 0))).isEqualTo(4);
        assertThat(CommandTest.isrRuns(result.out(), "GSIV 100")).isEqualTo(sum(expected.of(0, 1))).isEqualTo(3);
    }

    private static long sum(long[][] calls) {
        long total = 0;
        for (long[] row : calls) {
            for (long n : row) {
                total += n;
            }
        }
        return total;
    }
}
