package dev.gpioint.acpi.asl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gpioint.firmware.FirmwareException;
import dev.gpioint.firmware.FirmwareProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ASL errors name file:line:column, quote the line with a caret, say what was expected, and come several at once. */
class AslErrorTest {
    private static final String BROKEN = """
            DefinitionBlock ("", "DSDT", 2, "GPIOIN", "BOARD", 1)
            {
                Device (\\_SB.BTN0)
                {
                    Name (_HID, "ACPI0011")
                    Name (_CRS, ResourceTemplate ()
                    {
                        GpioInt (Edge, ActiveSideways, , PullUp, , "\\\\_SB.GPO0") {3}
                        Interrupt (ResourceConsumer, Level) {5}
                        GpioInt (Edge, ActiveLow, , PullUp, , "\\\\_SB.GPO0") {3, 4}
                    })
                }
                Name (FOO 1)
                Device (\\_SB.TCH0)
                {
                    Name (_CRS, ResourceTemplate () { I2cSerialBusV2 (0x10, , 400000, , "\\\\_SB.I2C1", , , , , , ) Frob () })
                }
            }
            """;

    @Test
    void reportsEveryErrorWithLineColumnCaretAndExpectation() {
        FirmwareException e = catchThrowableOfType(FirmwareException.class, () -> AslCompiler.compile("board.asl", BROKEN));
        List<FirmwareProblem> problems = e.problems();
        problems.forEach(p -> System.out.println(p.render()));
        assertThat(problems).extracting(FirmwareProblem::location)
                .containsExactly("8:28", "9:47", "10:65", "13:15", "16:101", "16:103");
        assertThat(problems.get(0).render()).startsWith("board.asl:8:28: GpioInt: expected ActiveLevel: ActiveHigh, ActiveLow or ActiveBoth, found ActiveSideways")
                .endsWith("\n            GpioInt (Edge, ActiveSideways, , PullUp, , \"\\\\_SB.GPO0\") {3}\n"
                        + " ".repeat(27) + "^");
        assertThat(problems.get(1).message()).contains("missing ActiveLevel (required by Interrupt)");
        assertThat(problems.get(2).message()).contains("GpioInt takes exactly 1 entry in {}, found 2");
        assertThat(problems.get(3).message()).isEqualTo("expected ',' between the name and its value, found number 1");
        assertThat(problems.get(4).message()).isEqualTo("I2cSerialBusV2: I2cSerialBusV2 takes at most 10 arguments");
        assertThat(problems.get(5).message()).startsWith("unknown resource descriptor macro 'Frob'");
    }

    @Test
    void lexicalErrorsAreReportedToo() {
        String text = "DefinitionBlock (\"\", \"DSDT\", 2, \"O\", \"T\", 1)\n{\n    Name (X, 0x1G)\n    Name (Y, \"open)\n}\n";
        FirmwareException e = catchThrowableOfType(FirmwareException.class, () -> AslCompiler.compile("lex.asl", text));
        assertThat(e.getMessage()).contains("lex.asl:3:14: '0x1G' is not a valid hexadecimal integer")
                .contains("lex.asl:4:14: string is not terminated");
    }

    @Test
    void emptyAndGarbageFilesSayWhatWasExpected() {
        assertThat(catchThrowableOfType(FirmwareException.class, () -> AslCompiler.compile("empty.asl", "")).getMessage())
                .isEqualTo("empty.asl:1:1: expected DefinitionBlock, found an empty file");
        assertThat(catchThrowableOfType(FirmwareException.class, () -> AslCompiler.compile("junk.asl", "Hello world")).getMessage())
                .startsWith("junk.asl:1:1: expected DefinitionBlock, found 'Hello'");
    }
}
