package dev.gpioint.cli;

import dev.gpioint.cli.jfr.BothTracers;
import dev.gpioint.cli.jfr.DpcEvent;
import dev.gpioint.cli.jfr.IsrEvent;
import dev.gpioint.cli.jfr.JfrTracer;
import dev.gpioint.cli.jfr.WorkItemEvent;
import dev.gpioint.kernel.ChromeTraceRecorder;
import dev.gpioint.kernel.ExecutionTracer;
import dev.gpioint.kernel.Machine;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import jdk.jfr.Recording;

/** The traces a run writes: a Chrome/Perfetto JSON file and/or a JFR recording, started before boot. */
final class Tracing {
    private final Optional<Path> chromeFile;
    private final Optional<Path> jfrFile;
    private final Optional<Recording> recording;
    private ChromeTraceRecorder chrome;

    private Tracing(Optional<Path> chromeFile, Optional<Path> jfrFile, Optional<Recording> recording) {
        this.chromeFile = chromeFile;
        this.jfrFile = jfrFile;
        this.recording = recording;
    }

    static Tracing start(Path chrome, Path jfr) {
        Optional<Recording> recording = Optional.empty();
        if (jfr != null) {
            var r = new Recording();
            r.enable(IsrEvent.class).withoutThreshold();
            r.enable(DpcEvent.class).withoutThreshold();
            r.enable(WorkItemEvent.class).withoutThreshold();
            r.start();
            recording = Optional.of(r);
        }
        return new Tracing(Optional.ofNullable(chrome), Optional.ofNullable(jfr), recording);
    }

    /** Installs the tracers on {@code machine}: call once it exists, before its devices start. */
    void attach(Machine machine) {
        ExecutionTracer chosen = ExecutionTracer.NONE;
        if (chromeFile.isPresent()) {
            chrome = new ChromeTraceRecorder(machine);
            chosen = chrome;
        }
        if (recording.isPresent()) {
            chosen = chosen == ExecutionTracer.NONE ? new JfrTracer() : new BothTracers(chosen, new JfrTracer());
        }
        machine.setTracer(chosen);
    }

    /** Writes the files and says where they are. */
    void finish(Machine machine, PrintStream out) {
        if (chrome != null) {
            try (Writer writer = Files.newBufferedWriter(chromeFile.get(), StandardCharsets.UTF_8)) {
                chrome.write(writer);
            } catch (IOException e) {
                throw new UserError(chromeFile.get() + ": cannot write the trace: " + e.getMessage());
            }
            out.printf("trace: %d events in %s (open in ui.perfetto.dev)%n", chrome.size(), chromeFile.get());
        }
        if (recording.isPresent()) {
            try {
                recording.get().stop();
                recording.get().dump(jfrFile.get());
                recording.get().close();
            } catch (IOException e) {
                throw new UserError(jfrFile.get() + ": cannot write the recording: " + e.getMessage());
            }
            out.printf("jfr: recording in %s (open in JDK Mission Control; events dev.gpioint.Isr, .Dpc, .WorkItem)%n", jfrFile.get());
        }
    }
}
