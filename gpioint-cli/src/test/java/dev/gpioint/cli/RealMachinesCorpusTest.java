package dev.gpioint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gpioint.firmware.Firmware;
import dev.gpioint.firmware.FirmwareSource;
import dev.gpioint.firmware.GpioInt;
import dev.gpioint.pnp.DeviceNode;
import dev.gpioint.pnp.DeviceState;
import dev.gpioint.sim.board.SocGpioCatalog;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Boots every machine of the shared corpus of Windows-on-ARM firmware as {@code gpioint run} does (evaluate,
 * enumerate, start every driver, connect every interrupt) and lints it as {@code gpioint check} does. No machine
 * may fail to boot, every machine's GPIO controllers of the catalogue must start (the Snapdragon X PMICs with
 * their interrupts bound to banks by their client), no device may fail because its GPIO controller did not start,
 * and no device may fail for a reason that is not the firmware's or a documented limit of the simulation. Prints a row per machine and writes the table to
 * {@code target/real-machines.md}. Skips without the corpus.
 */
class RealMachinesCorpusTest {
    /** Relative to the module directory, where Maven runs tests: the repository's ../shared/corpus/woa. */
    private static final Path CORPUS = Path.of("../../shared/corpus/woa");
    /** A device's failure because a GPIO controller it uses did not start. */
    private static final String CONTROLLER_NOT_STARTED = "which is not started";

    @Test
    void everyMachineBootsWithItsControllersStartedAndIsLinted() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS), "corpus " + CORPUS.toAbsolutePath().normalize()
                + " is absent: skipping the real-machine boot test");
        List<Path> files;
        try (Stream<Path> listed = Files.list(CORPUS)) {
            files = listed.filter(Files::isRegularFile).sorted().toList();
        }
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        List<FirmwareSource> machines = FirmwareFiles.machines(files);
        // One machine booted first so that class loading and JIT warm-up are not charged to the first row.
        try (Board warmup = Board.boot(FirmwareFiles.load(machines.getFirst(), quiet), false, 2)) {
            assertThat(warmup.pnp().devices()).isNotEmpty();
        }
        var table = new StringBuilder("| machine | devices | started | absent | no driver | failed | interrupts connected "
                + "| boot ms (load+start) | check errors | check warnings |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        var failures = new ArrayList<String>();
        int controllersStarted = 0;
        int boundControllers = 0;
        int consumersStarted = 0;
        var bootMillis = new ArrayList<Double>();
        var loadTimes = new ArrayList<Double>();
        Map<String, Integer> findingKinds = new TreeMap<>();
        for (FirmwareSource source : machines) {
            long start = System.nanoTime();
            Firmware firmware = FirmwareFiles.load(source, quiet);
            double loadMillis = (System.nanoTime() - start) / 1e6;
            String name = machine(firmware.origin());
            try (Board board = Board.boot(firmware, false, 2)) {
                double millis = (System.nanoTime() - start) / 1e6;
                bootMillis.add(millis);
                loadTimes.add(loadMillis);
                var counts = new TreeMap<DeviceState, Integer>();
                int interrupts = 0;
                int controllers = 0;
                for (DeviceNode node : board.pnp().devices()) {
                    counts.merge(node.state(), 1, Integer::sum);
                    if (node.state() == DeviceState.STARTED) {
                        interrupts += node.interrupts().size();
                    }
                    if (node.state() == DeviceState.FAILED) {
                        failures.add(name + " " + node.path() + ": " + node.failureReason().orElse(""));
                    }
                    if (node.firmware().isPresentAndEnabled() && SocGpioCatalog.match(node.firmware()).isPresent()) {
                        controllers++;
                        assertThat(node.state()).as(name + " " + node.path() + " " + node.failureReason())
                                .isEqualTo(DeviceState.STARTED);
                        controllersStarted++;
                        int banks = board.pnp().gpioController(node.path()).orElseThrow().information().bankCount();
                        long interruptResources = node.resources().translated().stream().filter(d -> d.isInterrupt()).count();
                        if (interruptResources > 1 && interruptResources < banks) {
                            boundControllers++; // started only because its client bound the interrupts to banks
                        }
                    }
                    if (node.state() == DeviceState.STARTED && usesBoundController(board, node)) {
                        consumersStarted++;
                    }
                    assertThat(node.failureReason().orElse("")).as(name + " " + node.path()).doesNotContain(CONTROLLER_NOT_STARTED);
                }
                assertThat(controllers).as(name + ": a real GPIO controller of the catalogue").isPositive();
                List<BoardLint.Finding> findings = BoardLint.check(firmware, board.pnp());
                long errors = findings.stream().filter(BoardLint.Finding::error).count();
                findings.forEach(f -> findingKinds.merge((f.error() ? "error: " : "warning: ") + kind(f.message()), 1, Integer::sum));
                assertThat(counts.getOrDefault(DeviceState.STARTED, 0)).as(name).isPositive();
                String errorList = findings.stream().filter(BoardLint.Finding::error).map(RealMachinesCorpusTest::brief)
                        .distinct().collect(java.util.stream.Collectors.joining("; "));
                String row = String.format("| %s | %d | %d | %d | %d | %d | %d | %.1f | %d | %d | %s |", name,
                        board.pnp().devices().size(), counts.getOrDefault(DeviceState.STARTED, 0),
                        counts.getOrDefault(DeviceState.NOT_PRESENT, 0), counts.getOrDefault(DeviceState.NO_DRIVER, 0),
                        counts.getOrDefault(DeviceState.FAILED, 0), interrupts, millis, errors, findings.size() - errors,
                        errorList.isEmpty() ? "-" : errorList);
                System.out.println(row);
                table.append(row).append('\n');
            }
        }
        bootMillis.sort(Double::compare);
        loadTimes.sort(Double::compare);
        String summary = String.format("%d machines; whole boot (read tables, evaluate, build hardware, enumerate, start, connect) "
                + "median %.1f ms, max %.1f ms; of which reading and evaluating the tables median %.1f ms, max %.1f ms",
                machines.size(), bootMillis.get(bootMillis.size() / 2), bootMillis.getLast(), loadTimes.get(loadTimes.size() / 2),
                loadTimes.getLast());
        System.out.println(summary);
        findingKinds.forEach((kind, count) -> System.out.println("  " + count + " x " + kind));
        failures.forEach(f -> System.out.println("  failed: " + f));
        System.out.println(controllersStarted + " catalogue GPIO controllers started, " + boundControllers + " of them with several "
                + "interrupts for more banks, bound by their client; " + consumersStarted + " devices with a GpioInt on one of those "
                + "started");
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/real-machines.md"), table + "\n" + summary + "\n");

        // A device fails only for a reason of its firmware or a documented limit of the simulation, never a crash.
        assertThat(failures).allSatisfy(f -> assertThat(f).doesNotContain("Exception", "null"));
        assertThat(bootMillis.get(bootMillis.size() / 2)).as(summary).isLessThan(1000.0);
    }

    /** Whether {@code node} has a GpioInt on a controller with several interrupt resources but fewer than its banks. */
    private static boolean usesBoundController(Board board, DeviceNode node) {
        return node.firmware().resources().stream().filter(r -> r instanceof GpioInt).map(r -> ((GpioInt) r).controller())
                .distinct().anyMatch(path -> board.pnp().gpioController(path).filter(c -> c.isStarted()).map(c -> {
                    long interrupts = board.pnp().device(path.toString()).resources().translated().stream()
                            .filter(d -> d.isInterrupt()).count();
                    return interrupts > 1 && interrupts < c.information().bankCount();
                }).orElse(false));
    }

    private static String machine(String origin) {
        int slash = Math.max(origin.lastIndexOf('/'), origin.lastIndexOf('\\'));
        String name = origin.substring(slash + 1);
        int cut = name.indexOf("__");
        return cut > 0 ? name.substring(0, cut) : name;
    }

    /** The finding's message without its particulars, to count findings by kind. */
    private static String kind(String message) {
        return message.replaceAll("\\\\_SB[.\\w]*", "X").replaceAll("0x[0-9A-Fa-f]+|\\d+", "N").replaceAll("\\(.*", "").trim();
    }

    /** One error for the docs table: device and message, without the resource texts in parentheses, markdown-escaped. */
    private static String brief(BoardLint.Finding finding) {
        String message = finding.message();
        String shorter;
        while (!(shorter = message.replaceAll("\\s*\\([^()]*\\)", "")).equals(message)) {
            message = shorter;
        }
        message = message.replaceFirst(": the driver expects .*", "");
        return (finding.device() + ": " + message).replace("\\", "\\\\").replace("|", "\\|");
    }
}
