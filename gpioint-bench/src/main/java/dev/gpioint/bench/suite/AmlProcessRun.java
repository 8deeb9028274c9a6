package dev.gpioint.bench.suite;

import dev.gpioint.bench.firmware.AmlCorpusMain;
import dev.gpioint.bench.firmware.CorpusMachine;
import dev.gpioint.bench.firmware.DeviceObjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The whole-process side of figure 8, under hyperfine, one process per corpus machine on the same files as
 * {@code AmlCorpusBenchmark}:
 * <ul>
 *   <li><b>acpiexec, evaluating</b>: {@code acpiexec -dt FILE...} fed one {@code evaluate PATH} line per
 *       {@code _STA}/{@code _CRS} that gpioint evaluates (the paths come from gpioint's namespace after load), then
 *       {@code quit}, on standard input ({@code -b} refuses command strings over 1023 characters). acpiexec's
 *       debugger sleeps about 10 ms after every evaluation, by design, and AML {@code Sleep} really sleeps there, so
 *       this is an upper bound on its work;</li>
 *   <li><b>acpiexec, load only</b>: the same with a single {@code evaluate \_OS}: tables loaded and {@code _INI} run,
 *       nothing else; the fair lower bound;</li>
 *   <li><b>gpioint process</b>: {@link AmlCorpusMain} on the machine's files in a fresh JVM;</li>
 *   <li><b>gpioint process, whole corpus</b>: {@link AmlCorpusMain} {@code --corpus} in one JVM;</li>
 *   <li><b>JVM start</b>: {@link AmlCorpusMain} with no arguments, which only prints its usage.</li>
 * </ul>
 * {@code -dt} turns off ACPICA's allocation tracking, a debugging aid that is most of its load time. The command
 * inputs are written to {@code bench/tmp/aml/}.
 */
final class AmlProcessRun {
    /**
     * One machine's figures; a timing is empty when its tool is missing.
     *
     * @param machine        the corpus machine's name
     * @param tables         tables loaded (the corrupt one left out)
     * @param objects        {@code _STA}/{@code _CRS} objects evaluated
     * @param failed         of those, how many gpioint's evaluation failed
     * @param acpiexec       acpiexec evaluating them
     * @param acpiexecLoad   acpiexec loading only
     * @param gpioint        gpioint in a fresh JVM evaluating them
     */
    record Machine(String machine, int tables, int objects, int failed, Optional<ToolRun.Timing> acpiexec,
                   Optional<ToolRun.Timing> acpiexecLoad, Optional<ToolRun.Timing> gpioint) {
    }

    /**
     * The whole run.
     *
     * @param machines      per machine, by name
     * @param gpiointCorpus gpioint in one fresh JVM over the whole corpus
     * @param jvmStart      the same JVM and class path doing nothing ({@link AmlCorpusMain} printing its usage): the
     *                      part of a gpioint process that is start-up
     */
    record Result(List<Machine> machines, Optional<ToolRun.Timing> gpiointCorpus, Optional<ToolRun.Timing> jvmStart) {
        /** Sum of the per-machine means of one column, or NaN when any is missing. */
        double totalSeconds(java.util.function.Function<Machine, Optional<ToolRun.Timing>> column) {
            double sum = 0;
            for (Machine m : machines) {
                Optional<ToolRun.Timing> t = column.apply(m);
                if (t.isEmpty()) {
                    return Double.NaN;
                }
                sum += t.get().meanSeconds();
            }
            return sum;
        }
    }

    private AmlProcessRun() {
    }

    static Optional<Result> run(Path corpusDirectory, Path tmp, boolean quick) throws IOException, InterruptedException {
        if (!Files.isDirectory(corpusDirectory)) {
            return Optional.empty();
        }
        Path inputs = Files.createDirectories(tmp.resolve("aml"));
        List<CorpusMachine> corpus = CorpusMachine.load(corpusDirectory);
        Path loadOnly = inputs.resolve("load-only.commands");
        Files.writeString(loadOnly, "evaluate \\_OS\nquit\n");
        boolean acpiexec = ToolRun.installed("acpiexec");
        String java = quote(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String gpioint = java + " -cp " + quote(System.getProperty("java.class.path")) + " " + AmlCorpusMain.class.getName();

        var evaluating = new ArrayList<String>();
        var loading = new ArrayList<String>();
        var processes = new ArrayList<String>();
        var counts = new ArrayList<DeviceObjects.Tally>();
        for (CorpusMachine m : corpus) {
            List<String> paths = DeviceObjects.paths(m);
            Path commands = inputs.resolve(m.name() + ".commands");
            Files.writeString(commands, paths.stream().map(p -> "evaluate " + p + "\n").collect(Collectors.joining()) + "quit\n");
            String files = m.files().stream().map(f -> quote(f.toString())).collect(Collectors.joining(" "));
            evaluating.add("acpiexec -dt " + files + " < " + quote(commands.toString()));
            loading.add("acpiexec -dt " + files + " < " + quote(loadOnly.toString()));
            processes.add(gpioint + " " + files);
            counts.add(DeviceObjects.run(m, r -> { }));
        }
        // acpiexec evaluating sleeps ~10 ms an object (over 90 s a pass of the corpus): one run of it.
        var none = corpus.stream().map(m -> Optional.<ToolRun.Timing>empty()).toList();
        System.out.println("   acpiexec evaluating, " + corpus.size() + " machines");
        List<Optional<ToolRun.Timing>> evalTimes = acpiexec
                ? ToolRun.hyperfineEach(evaluating, 1, 0, tmp.resolve("aml-acpiexec-evaluate.json")) : none;
        System.out.println("   acpiexec loading only");
        List<Optional<ToolRun.Timing>> loadTimes = acpiexec
                ? ToolRun.hyperfineEach(loading, quick ? 1 : 3, 0, tmp.resolve("aml-acpiexec-load.json")) : none;
        System.out.println("   gpioint processes");
        List<Optional<ToolRun.Timing>> ourTimes = ToolRun.hyperfineEach(processes, quick ? 1 : 3, 0,
                tmp.resolve("aml-gpioint-process.json"));
        var wholeAndStart = ToolRun.hyperfineEach(List.of(gpioint + " --corpus " + quote(corpusDirectory.toString()), gpioint),
                quick ? 1 : 3, 1, tmp.resolve("aml-gpioint-corpus.json"));

        var machines = new ArrayList<Machine>();
        for (int i = 0; i < corpus.size(); i++) {
            CorpusMachine m = corpus.get(i);
            machines.add(new Machine(m.name(), m.tables().size(), counts.get(i).evaluated(), counts.get(i).failed(),
                    evalTimes.get(i), loadTimes.get(i), ourTimes.get(i)));
        }
        return Optional.of(new Result(machines, wholeAndStart.get(0), wholeAndStart.get(1)));
    }

    /** {@code s} as one single-quoted word for {@code sh}. */
    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
