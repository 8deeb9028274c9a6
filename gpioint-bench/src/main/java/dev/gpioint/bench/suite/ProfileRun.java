package dev.gpioint.bench.suite;

import dev.gpioint.bench.path.ProfileFullPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the full path's time and allocations go: runs {@link ProfileFullPath} in a fresh JVM, which records its
 * steady-state loop (after boot and a warm-up second) with Java Flight Recorder, then reads the recording:
 * execution samples of the loop's thread by top frame, and allocation samples of that thread by class and by
 * the first gpioint frame that allocated (so an {@code Optional} shows where gpioint asked for it).
 */
final class ProfileRun {
    /** The loop's own figures and the two tables, a few rows each ("name | count-or-bytes | share"). */
    record Profile(String loop, List<String> hotMethods, List<String> allocationSites) {
    }

    private ProfileRun() {
    }

    static Profile run(Path dir, String path, int seconds, int rows) throws IOException, InterruptedException {
        Path bin = Path.of(System.getProperty("java.home"), "bin");
        Path recording = dir.resolve(path + "-path.jfr").toAbsolutePath();
        var process = new ProcessBuilder(bin.resolve("java").toString(),
                "-cp", System.getProperty("java.class.path"), ProfileFullPath.class.getName(), path,
                Integer.toString(seconds), recording.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (process.waitFor() != 0) {
            throw new IOException("profiling run failed: " + output);
        }
        String loop = output.lines().filter(l -> l.contains("ns each")).findFirst().orElse(output);
        Map<String, Long> hot = new HashMap<>();
        Map<String, Long> allocated = new HashMap<>();
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            String threadField = event.hasField("sampledThread") ? "sampledThread" : "eventThread";
            if (!event.hasField(threadField) || event.getThread(threadField) == null
                    || !"main".equals(event.getThread(threadField).getJavaName())) {
                continue;
            }
            RecordedStackTrace stack = event.getStackTrace();
            if (stack == null || stack.getFrames().isEmpty()) {
                continue;
            }
            switch (event.getEventType().getName()) {
                case "jdk.ExecutionSample" -> hot.merge(frame(stack.getFrames().getFirst()), 1L, Long::sum);
                case "jdk.ObjectAllocationSample" -> {
                    String site = firstGpiointFrame(stack);
                    // No gpioint frame, or only the loop's own: the JIT or the recorder, not the interrupt path.
                    if (site != null && !site.startsWith("ProfileFullPath.")) {
                        allocated.merge(event.getClass("objectClass").getName() + " at " + site, event.getLong("weight"), Long::sum);
                    }
                }
                default -> {
                }
            }
        }
        return new Profile(loop, top(hot, rows, ""), top(allocated, rows, " B"));
    }

    private static String frame(RecordedFrame frame) {
        var method = frame.getMethod();
        // Drop the package (lower-case segments) but keep nested and hidden class names whole.
        String type = method.getType().getName().replaceFirst("^([a-z0-9_]+\\.)+", "");
        return type + "." + method.getName() + (frame.isJavaFrame() ? "" : " (native)");
    }

    /** The first frame in gpioint's code, as "Class.method:line"; null when no gpioint code is on the stack. */
    private static String firstGpiointFrame(RecordedStackTrace stack) {
        for (RecordedFrame frame : stack.getFrames()) {
            if (frame.getMethod().getType().getName().startsWith("dev.gpioint")) {
                return frame(frame) + ":" + frame.getLineNumber();
            }
        }
        return null;
    }

    private static List<String> top(Map<String, Long> counts, int rows, String unit) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(rows)
                .map(e -> "%s | %,d%s | %s".formatted(e.getKey(), e.getValue(), unit,
                        String.format(Locale.ROOT, "%.1f%%", 100.0 * e.getValue() / total)))
                .toList();
    }
}
