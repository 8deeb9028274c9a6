package dev.gpioint.bench.firmware;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * gpioint as a whole process, for timing next to acpiexec's processes: {@code AmlCorpusMain FILE...} loads the
 * tables of one machine and evaluates its devices' {@code _STA} and {@code _CRS} ({@link DeviceObjects}), once,
 * in a fresh JVM, as {@code acpiexec FILE... < commands} does; {@code AmlCorpusMain --corpus DIR} does that for
 * every machine of the corpus in one JVM. Prints the objects evaluated and failed, so a run that did nothing
 * shows. Exit status 0 unless the arguments are wrong.
 */
public final class AmlCorpusMain {
    private AmlCorpusMain() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            System.err.println("usage: AmlCorpusMain FILE... | --corpus DIR");
            System.exit(2);
        }
        List<CorpusMachine> machines;
        if (args[0].equals("--corpus")) {
            machines = CorpusMachine.load(Path.of(args.length > 1 ? args[1] : CorpusMachine.corpusDirectory().toString()));
        } else {
            var files = new ArrayList<Path>();
            for (String a : args) {
                files.add(Path.of(a));
            }
            machines = List.of(CorpusMachine.of("machine", files));
        }
        // A hash of the results keeps the evaluations' values in use; it is printed, so nothing is dead code.
        int[] hash = {0};
        var total = new DeviceObjects.Tally(0, 0);
        for (CorpusMachine m : machines) {
            total = total.plus(DeviceObjects.run(m, r -> hash[0] = 31 * hash[0] + r.getClass().hashCode()));
        }
        System.out.println(machines.size() + " machines, " + total.evaluated() + " objects evaluated, "
                + total.failed() + " failed (" + Integer.toHexString(hash[0]) + ")");
    }
}
