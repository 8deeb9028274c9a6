package dev.gpioint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceTest {
    @TempDir
    Path temp;

    @Test
    void runWritesAChromeTraceAndJfrEventsForEveryRoutine() throws IOException {
        Path trace = temp.resolve("run.json");
        Path jfr = temp.resolve("run.jfr");
        CommandResult result = CommandResult.run("run", "../examples/devboard.asl", "--scenario", "../examples/devboard.scenario",
                "--trace", trace.toString(), "--jfr", jfr.toString());
        assertThat(result.status()).as(result.err()).isZero();

        JsonNode root = new ObjectMapper().readTree(trace.toFile());
        List<JsonNode> events = new ArrayList<>();
        root.get("traceEvents").forEach(events::add);
        List<String> threadNames = events.stream().filter(e -> e.get("ph").asText().equals("M") && e.get("name").asText().equals("thread_name"))
                .map(e -> e.get("args").get("name").asText()).toList();
        assertThat(threadNames).contains("CPU0", "CPU1");
        // Every begin has its end on the same track, properly nested, and time never goes back on a track.
        Map<Integer, ArrayDeque<String>> open = new HashMap<>();
        Map<Integer, Double> last = new HashMap<>();
        int isrs = 0;
        int dpcs = 0;
        for (JsonNode event : events) {
            String phase = event.get("ph").asText();
            if (phase.equals("M")) {
                continue;
            }
            int track = event.get("tid").asInt();
            double ts = event.get("ts").asDouble();
            assertThat(ts).isGreaterThanOrEqualTo(last.getOrDefault(track, 0.0));
            last.put(track, ts);
            String name = event.get("name").asText();
            if (phase.equals("B")) {
                open.computeIfAbsent(track, t -> new ArrayDeque<>()).push(name);
                if (event.get("cat").asText().equals("isr")) {
                    isrs++;
                } else if (event.get("cat").asText().equals("dpc")) {
                    dpcs++;
                }
            } else {
                assertThat(phase).isEqualTo("E");
                assertThat(open.get(track).pop()).isEqualTo(name);
            }
        }
        open.values().forEach(stack -> assertThat(stack).isEmpty());
        // The scenario: 3 sensor interrupts through GPIO (each inside a bank ISR) and 3 on lines; 6 DPCs.
        assertThat(isrs).isEqualTo(3 + 3 + 3);
        assertThat(dpcs).isEqualTo(6);
        assertThat(events).anySatisfy(e -> assertThat(e.get("name").asText()).isEqualTo("ISR \\_SB.SNS0 interrupt 0"));

        List<RecordedEvent> recorded = RecordingFile.readAllEvents(jfr);
        assertThat(recorded.stream().filter(e -> e.getEventType().getName().equals("dev.gpioint.Isr")).count()).isEqualTo(9);
        assertThat(recorded.stream().filter(e -> e.getEventType().getName().equals("dev.gpioint.Dpc")).count()).isEqualTo(6);
        assertThat(recorded).filteredOn(e -> e.getEventType().getName().equals("dev.gpioint.Isr"))
                .anySatisfy(e -> assertThat(e.getString("source")).isEqualTo("\\_SB.GPO0 pin 5"));
    }
}
