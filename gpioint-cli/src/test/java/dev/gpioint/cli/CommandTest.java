package dev.gpioint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandTest {
    private static final String BOARD = "../examples/devboard.asl";
    private static final String SCENARIO = "../examples/devboard.scenario";

    @TempDir
    Path temp;

    @Test
    void runPlaysTheScenarioAndCountsEveryInterrupt() {
        CommandResult result = CommandResult.run("run", BOARD, "--scenario", SCENARIO);

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).contains("\\_SB.SNS0        sensor     started", "\\_SB.LED0        -          no driver: no driver for SMLD0001");
        List<String> log = result.out().lines().filter(l -> l.contains(" ms  \\_SB.SNS")).map(String::strip).toList();
        assertThat(log).containsExactly(
                "1.000000 ms  \\_SB.SNS0      data-ready: sample 17",
                "1.500000 ms  \\_SB.SNS1      data-ready: sample 18",
                "2.000000 ms  \\_SB.SNS0      activity",
                "2.000000 ms  \\_SB.SNS1      activity",
                "3.000000 ms  \\_SB.SNS0      data-ready: sample 19",
                "4.000000 ms  \\_SB.SNS1      data-ready: sample 20");
        // The scenario gives SNS0 two samples (pin 5) and one activity (pin 6); SNS1 the same on GSIVs 60/61.
        assertThat(isrRuns(result.out(), "\\_SB.GPO0 pin 5")).isEqualTo(2);
        assertThat(isrRuns(result.out(), "\\_SB.GPO0 pin 6")).isEqualTo(1);
        assertThat(isrRuns(result.out(), "GSIV 60")).isEqualTo(2);
        assertThat(isrRuns(result.out(), "GSIV 61")).isEqualTo(1);
        assertThat(result.out()).contains("3 devices started, 0 failures during the run");
    }

    /** The sum of the per-processor and passive counts in the statistics row of {@code source}. */
    private static long isrRuns(String out, String source) {
        String row = out.lines().filter(l -> l.contains(source + " ")).filter(l -> l.contains("0x")).findFirst().orElseThrow();
        Matcher numbers = Pattern.compile("\\s(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+[\\d.]+\\s").matcher(row.substring(row.indexOf("\\_SB", row.indexOf(source) + source.length())));
        assertThat(numbers.find()).as(row).isTrue();
        return Long.parseLong(numbers.group(1)) + Long.parseLong(numbers.group(2)) + Long.parseLong(numbers.group(3));
    }

    @Test
    void resourcesListsEachDeviceInFirmwareOrderWithRawAndTranslated() {
        CommandResult result = CommandResult.run("resources", BOARD);

        assertThat(result.status()).as(result.err()).isZero();
        String sns0 = section(result.out(), "\\_SB.SNS0", "\\_SB.SNS1");
        assertThat(sns0.lines().filter(l -> l.contains("from ")).map(String::strip).toList()).containsExactly(
                "from        Memory(0xFED10000, length 0x10)",
                "from        GpioInt(Level, ActiveHigh, Exclusive, PullDown, debounce 0) \\_SB.GPO0 pin 5",
                "from        GpioInt(Edge, ActiveLow, Exclusive, PullUp, debounce 0) \\_SB.GPO0 pin 6");
        assertThat(sns0).contains("raw         Interrupt DeviceExclusive flags=LEVEL|SECONDARY level=65541 vector=0x10005",
                "translated  Interrupt DeviceExclusive flags=LEVEL|SECONDARY level=3 vector=0x10005",
                "raw         Interrupt DeviceExclusive flags=LATCHED|SECONDARY level=65542 vector=0x10006");
        String sns1 = section(result.out(), "\\_SB.SNS1", "\\_SB.LED0");
        assertThat(sns1).contains("raw         Interrupt DeviceExclusive flags=LEVEL level=60 vector=0x3c",
                "raw         Interrupt DeviceExclusive flags=LATCHED level=61 vector=0x3d");
        assertThat(section(result.out(), "\\_SB.LED0", "\u0000")).contains("firmware    GpioIo(Exclusive, PullNone, OutputOnly) \\_SB.GPO0 pins [20]");
    }

    @Test
    void resourcesJsonHasTheSameContent() throws IOException {
        CommandResult result = CommandResult.run("resources", "--json", BOARD);

        assertThat(result.status()).as(result.err()).isZero();
        var root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(result.out());
        assertThat(root.get("firmware").asText()).isEqualTo(BOARD);
        var devices = root.get("devices");
        assertThat(devices).hasSize(4);
        var sns0 = devices.get(1);
        assertThat(sns0.get("path").asText()).isEqualTo("\\_SB.SNS0");
        assertThat(sns0.get("driver").asText()).isEqualTo("sensor");
        var dataReady = sns0.get("resources").get(1);
        assertThat(dataReady.get("firmware").get("controller").asText()).isEqualTo("\\_SB.GPO0");
        assertThat(dataReady.get("firmware").get("pin").asInt()).isEqualTo(5);
        assertThat(dataReady.get("raw").get("vector").asLong()).isEqualTo(0x10005);
        assertThat(dataReady.get("translated").get("flags").asInt() & 0x10).isEqualTo(0x10);
        assertThat(devices.get(3).get("state").asText()).isEqualTo("NO_DRIVER");
        assertThat(devices.get(3).get("driver").isNull()).isTrue();
    }

    @Test
    void checkPassesTheExampleAndFailsASwappedOrder() throws IOException {
        CommandResult good = CommandResult.run("check", BOARD);
        assertThat(good.status()).as(good.out() + good.err()).isZero();
        assertThat(good.out()).contains("0 errors");

        String asl = Files.readString(Path.of(BOARD));
        String dataReady = "GpioInt (Level, ActiveHigh, Exclusive, PullDown, 0x0000, \"\\\\_SB.GPO0\", 0x00, ResourceConsumer, ,) { 5 }";
        String activity = "GpioInt (Edge, ActiveLow, Exclusive, PullUp, 0x0000, \"\\\\_SB.GPO0\", 0x00, ResourceConsumer, ,) { 6 }";
        assertThat(asl).contains(dataReady, activity);
        Path swapped = temp.resolve("swapped.asl");
        Files.writeString(swapped, asl.replace(dataReady, "@@").replace(activity, dataReady).replace("@@", activity));

        CommandResult bad = CommandResult.run("check", swapped.toString());
        assertThat(bad.status()).isEqualTo(1);
        assertThat(bad.out()).contains("error: \\_SB.SNS0: fails to start: driver sensor: resource order mismatch: the driver expects "
                + "[registers: MEMORY, data-ready: INTERRUPT LEVEL ACTIVE_HIGH, activity: INTERRUPT EDGE ACTIVE_LOW] but the firmware gives "
                + "[MEMORY, INTERRUPT EDGE ACTIVE_LOW (GpioInt \\_SB.GPO0 pin 6), INTERRUPT LEVEL ACTIVE_HIGH (GpioInt \\_SB.GPO0 pin 5)]");
    }

    @Test
    void checkFindsExclusiveConflictsWakeOnANonWakeControllerAndSharedEdges() throws IOException {
        String asl = """
                DefinitionBlock ("", "DSDT", 2, "TEST", "LINT", 1) {
                  Scope (\\_SB) {
                    Device (GPO0) {
                      Name (_HID, "GPSM0001")
                      Name (_CRS, ResourceTemplate () {
                        Memory32Fixed (ReadWrite, 0xFED00000, 0x100)
                        Interrupt (ResourceConsumer, Level, ActiveHigh, Exclusive) { 40 }
                        Interrupt (ResourceConsumer, Level, ActiveHigh, Exclusive) { 41 }
                        Interrupt (ResourceConsumer, Level, ActiveHigh, Exclusive) { 42 }
                        Interrupt (ResourceConsumer, Level, ActiveHigh, Exclusive) { 43 }
                      })
                    }
                    Device (DEVA) {
                      Name (_HID, "NODRV001")
                      Name (_CRS, ResourceTemplate () {
                        GpioInt (Edge, ActiveLow, SharedAndWake, PullUp, 0, "\\\\_SB.GPO0") { 3 }
                      })
                    }
                    Device (DEVB) {
                      Name (_HID, "NODRV002")
                      Name (_CRS, ResourceTemplate () {
                        GpioInt (Edge, ActiveLow, Exclusive, PullUp, 0, "\\\\_SB.GPO0") { 3 }
                      })
                    }
                  }
                }
                """;
        Path board = temp.resolve("lint.asl");
        Files.writeString(board, asl);

        CommandResult result = CommandResult.run("check", board.toString());

        assertThat(result.status()).as(result.err()).isEqualTo(1);
        assertThat(result.out()).contains(
                "warning: \\_SB.DEVA resource #1 (GpioInt(Edge, ActiveLow, SharedAndWake, PullUp, debounce 0) \\_SB.GPO0 pin 3): an edge interrupt marked Shared",
                "error: \\_SB.DEVA resource #1 (GpioInt(Edge, ActiveLow, SharedAndWake, PullUp, debounce 0) \\_SB.GPO0 pin 3): wake-capable, but controller \\_SB.GPO0 cannot wake",
                "error: \\_SB.DEVB resource #1 (GpioInt(Edge, ActiveLow, Exclusive, PullUp, debounce 0) \\_SB.GPO0 pin 3): \\_SB.GPO0 pin 3 is also used by \\_SB.DEVA");
    }

    @Test
    void decodeListsDevicesWithoutStartingDrivers() {
        CommandResult result = CommandResult.run("decode", BOARD);

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).contains("\\_SB.SNS0  SMSN0001  _UID 0  _STA 0xF  _CRS: static",
                "GpioInt(Level, ActiveHigh, Exclusive, PullDown, debounce 0) \\_SB.GPO0 pin 5", "4 devices, 12 resources, 2 GpioInt");
    }

    @Test
    void badInputIsOneClearLineAndStatusTwo() throws IOException {
        CommandResult missing = CommandResult.run("run", "no-such-board.asl");
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err().strip()).isEqualTo("gpioint: no-such-board.asl: no such file");

        Path scenario = temp.resolve("bad.scenario");
        Files.writeString(scenario, "at 1ms \\_SB.SNS0 shake 3\n");
        CommandResult unknown = CommandResult.run("run", BOARD, "--scenario", scenario.toString());
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains(scenario + ":1:18: unknown action 'shake' for \\_SB.SNS0", "it knows: sample VALUE, activity",
                "at 1ms \\_SB.SNS0 shake 3\n                 ^");
        assertThat(unknown.err()).doesNotContain("Exception", "\tat ");

        Path asl = temp.resolve("broken.asl");
        Files.writeString(asl, "DefinitionBlock (\"\", \"DSDT\", 2, \"T\", \"T\", 1) {\n  Device (X) { Name (_HID \"A\") }\n}\n");
        CommandResult broken = CommandResult.run("resources", asl.toString());
        assertThat(broken.status()).isEqualTo(2);
        assertThat(broken.err()).contains(asl + ":2:").contains("^").doesNotContain("\tat ");
    }

    @Test
    void everyCommandHasHelpWithAnExample() {
        for (String command : List.of("run", "resources", "check", "decode")) {
            CommandResult help = CommandResult.run(command, "--help");
            assertThat(help.status()).isZero();
            assertThat(help.out()).contains("Usage: gpioint " + command, "Example:");
        }
    }

    private static String section(String out, String from, String to) {
        int start = out.indexOf(from + "  ");
        int end = out.indexOf(to + "  ", start + 1);
        return end < 0 ? out.substring(start) : out.substring(start, end);
    }
}
