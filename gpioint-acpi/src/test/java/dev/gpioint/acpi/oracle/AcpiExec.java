package dev.gpioint.acpi.oracle;

import dev.gpioint.acpi.oracle.AcpiExecResult.Failure;
import dev.gpioint.acpi.oracle.AcpiExecResult.NoObjectResult;
import dev.gpioint.acpi.oracle.AcpiExecResult.Unknown;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.SequencedMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * ACPICA's acpiexec as a test oracle: loads a machine's tables (DSDT first, then its SSDTs) and evaluates a list
 * of absolute object paths in one process, giving each path an {@link AcpiExecResult} typed from what acpiexec
 * printed. Every path gets a result: what acpiexec did not answer is an {@link Unknown}. Tests call
 * {@link #assumeAvailable()} first so they skip where acpiexec is missing.
 *
 * <h2>How it runs acpiexec (acpica-tools 20200925)</h2>
 * {@code stdbuf -oL acpiexec -dt -dr -to 1 dsdt.dat ssdt.dat ...}, with one {@code evaluate \PATH} line per path
 * and then {@code quit} written to its standard input. Found by experiment:
 * <ul>
 * <li><b>Standard input, not {@code -b}.</b> {@code -b "cmd1;cmd2"} refuses a command line of more than 1023
 *     characters ({@code **** The length of command line (1032) exceeded maximum (1023)}) and evaluates nothing,
 *     which is about 40 evaluations; and it costs an extra second at exit (below). Without {@code -b} acpiexec reads
 *     commands from its input with no limit on their number, prints the prompt {@code -} and echoes each command
 *     ({@code - evaluate \_SB.PEP0._STA}), then {@code Evaluating \_SB.PEP0._STA}, which mark where each answer
 *     starts. About once in a hundred runs a newline from another acpiexec thread lands between the prompt and the
 *     echo ({@code - } alone, then {@code evaluate \X}), so either form of the echo, or the {@code Evaluating}
 *     line, counts.</li>
 * <li><b>{@code stdbuf -oL}.</b> acpiexec writes with stdio, fully buffered into a pipe: after a hang or a kill the
 *     answers still in its buffer would be lost and the harness could not tell which evaluation hangs. Line
 *     buffering makes every line visible when printed.</li>
 * <li><b>{@code -dt}</b> (disable allocation tracking): ACPICA's tracking of every allocation is most of the load
 *     time; without it a big DSDT loads in 0.04 s instead of 0.15 s, and the {@code Outstanding allocations}
 *     noise goes away.</li>
 * <li><b>{@code -dr}</b> (disable repair of method return values), unless {@link Options#repairReturnValues()}:
 *     without it ACPICA's predefined-name checks change what predefined methods return ({@code _HID "*abcd0001"}
 *     becomes {@code "ABCD0001"}, a {@code _STA} returning a string becomes an integer), and the comparison is
 *     with what the AML computes, not with what an OS makes of it. {@code -dr} also silences those checks'
 *     warnings.</li>
 * <li><b>{@code -to 1}</b> ({@link Options#loopTimeoutSeconds()}): acpiexec aborts an AML {@code While} loop
 *     after this many seconds with {@code AE_AML_LOOP_TIMEOUT}; its default is about 10 s (measured: an
 *     endless loop took 10.0 s of CPU). Firmware that polls a register acpiexec simulates as zero loops until
 *     then, so one second saves minutes on a corpus. It accepts 1 at least ({@code 0: Invalid loop timeout}).</li>
 * <li><b>{@code _INI} runs at load</b> (no {@code -di}) unless {@link Options#runInitMethods()} is false: acpiexec
 *     then runs {@code _STA} and {@code _INI} of devices like an OS does ({@code Executed 3 _INI methods requiring
 *     2 _STA executions}), so later evaluations see the globals {@code _INI} sets. {@code -di} skips that.</li>
 * <li>Operation regions are simulated in memory (no {@code -do}): field reads return what was written, zero at
 *     first, so methods that touch hardware still run.</li>
 * <li>Not used: {@code -es} (interpreter slack: would make a method without {@code Return} return its last
 *     value; without it acpiexec says {@code No object was returned}), {@code -te} (leave a timed-out loop and go
 *     on instead of aborting the method), {@code -df} (see crashes below), {@code -l} (load only).</li>
 * </ul>
 *
 * <h2>Timing</h2>
 * A big DSDT (lenovo-thinkpad-x13s, 242 KB) loads and evaluates {@code \_OS} in 0.04 s this way. {@code acpiexec -b
 * 'evaluate \_OS'} takes 1.15 s of wall time for 0.13 s of CPU: 0.1 s of CPU is allocation tracking ({@code -dt}),
 * and the idle second is no sleep in loading but a shutdown handshake: strace shows that after the batch the
 * debugger thread waits on its command semaphore with a one-second timeout before it notices the end, while the
 * main thread polls for it every 100 ms. With standard input and an explicit {@code quit} the debugger thread ends
 * at once (at the end of input without {@code quit}, the second is back); no option removes it in {@code -b} mode.
 * Each evaluation then costs at least 10 ms of wall time and almost no CPU: the AML debugger sleeps 10 ms after
 * every evaluation (strace: {@code clock_nanosleep 10000000}) to let handler threads finish; 500 evaluations of a
 * {@code _CRS} take 5.3 s for 0.08 s of CPU. There is no option against it: run machines in parallel rather than
 * splitting one machine's paths (a machine's evaluations share state, e.g. what {@code _INI} and earlier methods
 * wrote). AML {@code Sleep} really sleeps: the Dell Snapdragon X Elite DSDTs take 2 s to load because an {@code
 * _INI} sleeps 2 s ({@code -di} brings them to 0.04 s). The whole corpus (56 machines, without the corrupt SSDT)
 * loads and evaluates {@code \_OS} in about 16 s, 11 s of it those five Dells, the others 40 to 500 ms; see {@code
 * AcpiExecCorpusTest.everyCorpusMachineLoads} for the per-machine times. Loading the corrupt Surface Pro 12 SSDT
 * too makes acpiexec try to allocate the 500 MB its header claims (2 s, 490 MB resident) before it gives up on that
 * table. At scale: {@code _STA, _CRS, _HID, _UID, _DSD, _PRW, _ADR, _CID} of every device of every corpus machine,
 * 26,963 evaluations (250 to 660 a machine), took 310 s, 11 ms an evaluation, nearly all of it that 10 ms sleep;
 * none was {@code Unknown} (13,117 integers, 8,542 strings, 4,573 buffers, 701 packages, 4 without a value, 26
 * failures: AE_NOT_FOUND and AE_NOT_EXIST).
 *
 * <h2>Failures</h2>
 * <ul>
 * <li><b>Hang</b> (an AML {@code Sleep} or wait longer than {@link Options#evaluationTimeout()}): acpiexec is
 *     killed, the path that hangs becomes {@code Unknown("timeout")} and a new acpiexec evaluates the paths after
 *     it. The restarted process loads the tables and runs {@code _INI} again: state written by the evaluations
 *     before the hang is gone.</li>
 * <li><b>Crash</b>: acpiexec's own SIGSEGV handler prints {@code ACPI Exec: Segmentation Fault}, the method and
 *     opcode, and exits with status 0; the end of output in the middle of an evaluation is what tells. The path
 *     becomes {@code Unknown("crash: ...")} with those lines, and a new acpiexec goes on with the rest.</li>
 * <li><b>AML {@code BreakPoint}</b>: acpiexec's debugger stops in single-step mode and would read the following
 *     commands as its own; the path becomes {@code Unknown("breakpoint ...")} and a new acpiexec goes on.</li>
 * <li><b>Tables that do not load</b> (two DSDTs: {@code Already found a DSDT, only one allowed}; a file that
 *     cannot be opened), or a load that does not finish within {@link Options#loadTimeout()}: every path becomes
 *     an {@code Unknown} saying so, with acpiexec's last lines. A table with a bad header is skipped by acpiexec
 *     itself ({@code Attempted table install failed}), which then evaluates against the rest.</li>
 * <li>{@code ACPI Error}/{@code ACPI Warning} lines, AML {@code Debug} output and notify messages are printed
 *     between the echo and the answer; they are skipped.</li>
 * </ul>
 * A restart happens only after progress (the path that broke has its {@code Unknown}), so a run ends after at most
 * one process per path.
 */
public final class AcpiExec {
    /** An absolute path: a backslash, then dot-separated name segments of one to four characters, upper case. */
    private static final Pattern PATH = Pattern.compile("\\\\(?:[A-Z_][A-Z0-9_]{0,3}(?:\\.[A-Z_][A-Z0-9_]{0,3})*)?");

    private final Options options;

    /**
     * How acpiexec is run.
     *
     * @param loadTimeout        time for loading the tables and running {@code _INI}, until the first evaluation starts
     * @param evaluationTimeout  time for one evaluation, after which acpiexec is killed and the path is {@code Unknown("timeout")}
     * @param loopTimeoutSeconds acpiexec's {@code -to}: seconds before an AML While loop fails with AE_AML_LOOP_TIMEOUT (at least 1)
     * @param runInitMethods     run {@code _STA}/{@code _INI} at load (false: {@code -di})
     * @param repairReturnValues let ACPICA repair what predefined methods return (false: {@code -dr})
     * @param launcher           the command before the options and table files; tests may put a stand-in here
     */
    public record Options(Duration loadTimeout, Duration evaluationTimeout, int loopTimeoutSeconds, boolean runInitMethods,
                          boolean repairReturnValues, List<String> launcher) {
        public Options {
            Objects.requireNonNull(loadTimeout);
            Objects.requireNonNull(evaluationTimeout);
            if (loopTimeoutSeconds < 1) {
                throw new IllegalArgumentException("acpiexec's loop timeout is at least 1 s, not " + loopTimeoutSeconds);
            }
            launcher = List.copyOf(launcher);
            if (launcher.isEmpty()) {
                throw new IllegalArgumentException("empty launcher");
            }
        }

        /** 30 s to load, 10 s per evaluation, 1 s AML loop timeout, {@code _INI} runs, no repair, {@code stdbuf -oL acpiexec}. */
        public static Options defaults() {
            return new Options(Duration.ofSeconds(30), Duration.ofSeconds(10), 1, true, false, List.of("stdbuf", "-oL", "acpiexec"));
        }

        /** These options with another time limit per evaluation. */
        public Options withEvaluationTimeout(Duration timeout) {
            return new Options(loadTimeout, timeout, loopTimeoutSeconds, runInitMethods, repairReturnValues, launcher);
        }

        /** These options with another AML loop timeout ({@code -to}). */
        public Options withLoopTimeoutSeconds(int seconds) {
            return new Options(loadTimeout, evaluationTimeout, seconds, runInitMethods, repairReturnValues, launcher);
        }

        /** These options with {@code _STA}/{@code _INI} at load on or off ({@code -di}). */
        public Options withRunInitMethods(boolean run) {
            return new Options(loadTimeout, evaluationTimeout, loopTimeoutSeconds, run, repairReturnValues, launcher);
        }

        /** These options with ACPICA's return-value repair on or off ({@code -dr}). */
        public Options withRepairReturnValues(boolean repair) {
            return new Options(loadTimeout, evaluationTimeout, loopTimeoutSeconds, runInitMethods, repair, launcher);
        }

        /** These options with another command in front of the options and files. */
        public Options withLauncher(List<String> launcher) {
            return new Options(loadTimeout, evaluationTimeout, loopTimeoutSeconds, runInitMethods, repairReturnValues, launcher);
        }
    }

    /** An oracle with {@link Options#defaults()}. */
    public AcpiExec() {
        this(Options.defaults());
    }

    public AcpiExec(Options options) {
        this.options = Objects.requireNonNull(options);
    }

    public Options options() {
        return options;
    }

    /** True when {@code acpiexec} and {@code stdbuf} (coreutils) both run. */
    public static boolean available() {
        return Availability.AVAILABLE;
    }

    /** Skips the calling test, with a message, when acpiexec is not installed. */
    public static void assumeAvailable() {
        org.junit.jupiter.api.Assumptions.assumeTrue(available(), AcpiExecRequired.MESSAGE);
    }

    /** The whole command line for {@code tables}: the launcher, the options, the files. */
    public List<String> command(List<Path> tables) {
        var command = new ArrayList<>(options.launcher());
        command.add("-dt");
        command.add("-to");
        command.add(Integer.toString(options.loopTimeoutSeconds()));
        if (!options.runInitMethods()) {
            command.add("-di");
        }
        if (!options.repairReturnValues()) {
            command.add("-dr");
        }
        tables.forEach(t -> command.add(t.toString()));
        return command;
    }

    /**
     * Loads {@code tables} (DSDT first) and evaluates each path in order; returns every path with its result, in
     * the order given. Paths are absolute and upper case ({@code \_SB.I2C1.TPD0._CRS}); each may appear once.
     *
     * @throws IllegalArgumentException for a malformed or repeated path, or no table
     * @throws IOException when acpiexec cannot be started at all
     */
    public SequencedMap<String, AcpiExecResult> evaluate(List<Path> tables, List<String> paths) throws IOException {
        if (tables.isEmpty()) {
            throw new IllegalArgumentException("no table to load");
        }
        var seen = new HashSet<String>();
        for (String path : paths) {
            if (!PATH.matcher(path).matches()) {
                throw new IllegalArgumentException("not an absolute upper-case ACPI path: " + path);
            }
            if (!seen.add(path)) {
                throw new IllegalArgumentException("path given twice: " + path);
            }
        }
        var results = new LinkedHashMap<String, AcpiExecResult>();
        List<String> command = command(tables);
        int done = 0;
        while (done < paths.size()) {
            done += session(command, paths.subList(done, paths.size()), results);
        }
        return results;
    }

    /**
     * Runs one acpiexec over {@code paths} and records results for as many as it answers; returns how many have
     * a result now (at least one, so that the caller's restart loop ends).
     */
    private int session(List<String> command, List<String> paths, SequencedMap<String, AcpiExecResult> results) throws IOException {
        try (var process = AcpiExecProcess.start(command, paths.stream().map(p -> "evaluate " + p).toList())) {
            process.deadlineIn(options.loadTimeout());
            for (int i = 0; i < paths.size(); i++) {
                String path = paths.get(i);
                try {
                    awaitStart(process, path, paths.subList(i + 1, paths.size()));
                } catch (AcpiExecProcess.Stopped s) {
                    if (i > 0) {
                        return i; // acpiexec stopped between two evaluations: a new one goes on from here
                    }
                    String why = (s.timeout() ? "timeout: acpiexec did not finish loading the tables within "
                            + options.loadTimeout().toSeconds() + " s" : "acpiexec stopped before evaluating anything") + ": " + s.getMessage();
                    paths.forEach(p -> results.put(p, new Unknown(why)));
                    return paths.size();
                } catch (OutOfStep e) {
                    results.put(path, new Unknown("unparsed: " + e.getMessage()));
                    continue;
                }
                process.deadlineIn(options.evaluationTimeout());
                try {
                    results.put(path, answer(process, path));
                } catch (AcpiExecProcess.Stopped s) {
                    results.put(path, new Unknown(s.timeout() ? "timeout" : "crash: " + s.getMessage()));
                    return i + 1;
                } catch (BreakPoint b) {
                    results.put(path, new Unknown("breakpoint: an AML BreakPoint stopped acpiexec's debugger in single-step mode"));
                    return i + 1;
                }
                process.deadlineIn(options.evaluationTimeout());
            }
            process.waitForExit(Duration.ofSeconds(2));
            return paths.size();
        }
    }

    /**
     * Waits until acpiexec starts evaluating {@code path} (see {@link AcpiExecDump#announced}). Seeing it start one
     * of the {@code later} paths instead is an {@link OutOfStep}; that line is left for the next wait.
     */
    private static void awaitStart(AcpiExecProcess process, String path, List<String> later) throws AcpiExecProcess.Stopped, OutOfStep {
        while (true) {
            String line = process.next();
            var started = AcpiExecDump.announced(line);
            if (started.isEmpty()) {
                continue;
            }
            if (started.get().equals(path)) {
                return;
            }
            if (later.contains(started.get())) {
                process.pushBack(line);
                throw new OutOfStep("acpiexec did not show starting to evaluate " + path + " before: " + line);
            }
        }
    }

    /** Reads this path's answer, skipping the messages printed while it runs. */
    private static AcpiExecResult answer(AcpiExecProcess process, String path) throws AcpiExecProcess.Stopped, BreakPoint {
        String failed = "Evaluation of " + path + " failed with status ";
        String returned = "Evaluation of " + path + " returned object ";
        String none = "No object was returned from evaluation of " + path;
        while (true) {
            String line = process.next();
            if (line.startsWith(failed)) {
                return new Failure(line.substring(failed.length()).strip());
            }
            if (line.equals(none)) {
                return new NoObjectResult();
            }
            if (line.startsWith(returned)) {
                try {
                    return AcpiExecDump.value(process);
                } catch (AcpiExecDump.Unparsed e) {
                    return new Unknown("unparsed: " + e.getMessage());
                }
            }
            if (line.contains("**break**")) {
                throw new BreakPoint();
            }
            var started = AcpiExecDump.announced(line);
            if (started.isPresent() && !started.get().equals(path)) {
                // The next command began and this one printed no answer.
                process.pushBack(line);
                return new Unknown("unparsed: no answer for " + path + " before: " + line);
            }
        }
    }

    /** acpiexec started a command other than the one expected next. */
    private static final class OutOfStep extends Exception {
        OutOfStep(String message) {
            super(message);
        }
    }

    /** The evaluation ran into an AML BreakPoint. */
    private static final class BreakPoint extends Exception {
    }

    /** Checked once per JVM: starting processes to probe is slow enough to matter across many tests. */
    private static final class Availability {
        static final boolean AVAILABLE = runs("acpiexec", "-v") && runs("stdbuf", "--version");

        private static boolean runs(String... command) {
            try {
                Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }
}
