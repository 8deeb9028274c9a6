package dev.gpioint.bench.suite;

import dev.gpioint.bench.latency.LatencyMain;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs {@link LatencyMain} for one target and idle policy in a fresh JVM (so no target's profile shapes
 * another's code) and collects its rounds: for each metric ("isr.p50", "deferred.p999", "listener.max", ...)
 * the value of every round, in nanoseconds.
 */
final class LatencyRun {
    /** The rounds of one configuration. */
    record Rounds(String target, String policy, Map<String, List<Long>> values, long missed) {
        /** The median over rounds of {@code metric}; -1 when absent. */
        long median(String metric) {
            List<Long> v = values.getOrDefault(metric, List.of());
            if (v.isEmpty()) {
                return -1;
            }
            List<Long> sorted = v.stream().sorted().toList();
            return sorted.get(sorted.size() / 2);
        }

        long min(String metric) {
            return values.getOrDefault(metric, List.of(-1L)).stream().mapToLong(Long::longValue).min().orElse(-1);
        }

        long max(String metric) {
            return values.getOrDefault(metric, List.of(-1L)).stream().mapToLong(Long::longValue).max().orElse(-1);
        }

        int rounds() {
            return values.values().stream().mapToInt(List::size).max().orElse(0);
        }
    }

    private LatencyRun() {
    }

    static Rounds run(String target, String policy, int samples, int rounds, Path log) throws IOException, InterruptedException {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var process = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"), LatencyMain.class.getName(),
                target, policy, Integer.toString(samples), Integer.toString(rounds))
                .redirectErrorStream(true).start();
        Map<String, List<Long>> values = new HashMap<>();
        long missed = 0;
        var output = new StringBuilder();
        try (var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                output.append(line).append('\n');
                if (!line.startsWith("ROUND ")) {
                    continue;
                }
                for (String field : line.split(" ")) {
                    String[] kv = field.split("=", 2);
                    if (kv.length != 2) {
                        continue;
                    }
                    if (kv[0].equals("missed")) {
                        missed += Long.parseLong(kv[1]);
                    } else {
                        values.computeIfAbsent(kv[0], k -> new ArrayList<>()).add(Long.parseLong(kv[1]));
                    }
                }
            }
        }
        int exit = process.waitFor();
        Files.writeString(log, output);
        if (exit != 0 || values.isEmpty()) {
            throw new IOException("latency run " + target + " " + policy + " failed (exit " + exit + "); output in " + log);
        }
        return new Rounds(target, policy, values, missed);
    }
}
