package dev.gpioint.bench.suite;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the JMH benchmarks of this module in one JMH run, with the GC profiler on every one, and returns their
 * figures. Each benchmark class carries its own fork, warm-up and measurement settings; {@code quick}
 * overrides them all with one fork, one 1 s warm-up and two 1 s iterations, for development.
 */
final class JmhRun {
    private JmhRun() {
    }

    static List<JmhFigure> run(String include, boolean quick, Path root, Path rawJson) throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(include)
                .addProfiler(GCProfiler.class)
                .jvmArgsAppend("-Dgpioint.root=" + root.toAbsolutePath().normalize())
                .result(rawJson.toString())
                .resultFormat(ResultFormatType.JSON)
                .shouldFailOnError(true);
        if (quick) {
            options.forks(1).warmupIterations(1).warmupTime(TimeValue.seconds(1))
                    .measurementIterations(2).measurementTime(TimeValue.seconds(1));
        }
        var figures = new ArrayList<JmhFigure>();
        for (RunResult result : new Runner(options.build()).run()) {
            var params = result.getParams();
            Map<String, String> values = new LinkedHashMap<>();
            for (String key : params.getParamsKeys()) {
                values.put(key, params.getParam(key));
            }
            String label = params.getBenchmark();
            String[] parts = label.split("\\.");
            String name = parts[parts.length - 2] + "." + parts[parts.length - 1];
            Result<?> primary = result.getPrimaryResult();
            Result<?> alloc = result.getSecondaryResults().get("gc.alloc.rate.norm");
            List<Double> forks = result.getBenchmarkResults().stream().map(fork -> fork.getPrimaryResult().getScore()).toList();
            figures.add(new JmhFigure(name, values, primary.getScore(), primary.getScoreError(), primary.getScoreUnit(),
                    alloc == null ? Double.NaN : alloc.getScore(), alloc == null ? Double.NaN : alloc.getScoreError(), forks));
        }
        return figures;
    }

}
