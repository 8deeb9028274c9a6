package dev.gpioint.bench.suite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times external commands with hyperfine (mean and standard deviation over its runs), for the firmware
 * tools next to ours. Empty when hyperfine or the tool is not installed.
 */
final class ToolRun {
    /** Mean and standard deviation in seconds over {@code runs} runs. */
    record Timing(String command, double meanSeconds, double stddevSeconds, int runs) {
    }

    private static final Pattern MEAN = Pattern.compile("\"mean\"\\s*:\\s*([0-9.eE+-]+)");
    private static final Pattern STDDEV = Pattern.compile("\"stddev\"\\s*:\\s*([0-9.eE+-]+|null)");

    private ToolRun() {
    }

    static boolean installed(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    static Optional<Timing> hyperfine(String command, int runs, int warmup, Path json) throws IOException, InterruptedException {
        if (!installed("hyperfine")) {
            return Optional.empty();
        }
        var process = new ProcessBuilder(List.of("hyperfine", "--style", "none", "--ignore-failure", "--runs", Integer.toString(runs),
                "--warmup", Integer.toString(warmup), "--export-json", json.toString(), command))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (process.waitFor() != 0 || !Files.exists(json)) {
            return Optional.empty();
        }
        String text = Files.readString(json);
        Matcher mean = MEAN.matcher(text);
        Matcher stddev = STDDEV.matcher(text);
        if (!mean.find()) {
            return Optional.empty();
        }
        double sd = stddev.find() && !stddev.group(1).equals("null") ? Double.parseDouble(stddev.group(1)) : Double.NaN;
        return Optional.of(new Timing(command, Double.parseDouble(mean.group(1)), sd, runs));
    }

    /**
     * Times each of {@code commands} in one hyperfine run (each its own result, in order); every element is empty
     * when hyperfine is missing or failed. A command's failing exit status does not stop the others.
     */
    static List<Optional<Timing>> hyperfineEach(List<String> commands, int runs, int warmup, Path json)
            throws IOException, InterruptedException {
        var none = commands.stream().map(c -> Optional.<Timing>empty()).toList();
        if (!installed("hyperfine") || commands.isEmpty()) {
            return none;
        }
        Files.deleteIfExists(json);
        var line = new ArrayList<>(List.of("hyperfine", "--style", "none", "--ignore-failure", "--runs", Integer.toString(runs),
                "--warmup", Integer.toString(warmup), "--export-json", json.toString()));
        line.addAll(commands);
        var process = new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (process.waitFor() != 0 || !Files.exists(json)) {
            return none;
        }
        // hyperfine writes one result object per command, in the order given, each with one "mean" and one "stddev".
        String text = Files.readString(json);
        Matcher mean = MEAN.matcher(text);
        Matcher stddev = STDDEV.matcher(text);
        var timings = new ArrayList<Optional<Timing>>();
        for (String command : commands) {
            if (!mean.find() || !stddev.find()) {
                return none;
            }
            double sd = stddev.group(1).equals("null") ? Double.NaN : Double.parseDouble(stddev.group(1));
            timings.add(Optional.of(new Timing(command, Double.parseDouble(mean.group(1)), sd, runs)));
        }
        return timings;
    }
}
