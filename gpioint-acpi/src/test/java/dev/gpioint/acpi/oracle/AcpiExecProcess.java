package dev.gpioint.acpi.oracle;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One running acpiexec fed a fixed list of debugger commands on its standard input, and its output as lines that
 * can be waited for until a deadline. The commands are all written at once, then {@code quit}: acpiexec reads and
 * echoes them one by one ({@code - evaluate \X}), so the echo marks where each answer starts. Standard error
 * (where acpiexec says which files it read, or that it cannot open one) is kept apart for diagnostics only.
 * <p>
 * Not thread-safe: one caller reads the lines. {@link #close()} kills the process if it still runs.
 */
final class AcpiExecProcess implements AcpiExecDump.Lines, AutoCloseable {
    /** Identity marker put in the line queue when standard output ends. */
    private static final String END = new String("<end of output>");
    private static final int TAIL = 12;

    private final Process process;
    private final LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final Deque<String> pushedBack = new ArrayDeque<>();
    private final Deque<String> recent = new ArrayDeque<>();
    private final Deque<String> errors = new ArrayDeque<>();
    private Instant deadline = Instant.MAX;
    private boolean ended;

    /** Why no further line will come: the deadline passed, or acpiexec's output ended. */
    static final class Stopped extends Exception {
        private final boolean timeout;

        Stopped(boolean timeout, String message) {
            super(message);
            this.timeout = timeout;
        }

        boolean timeout() {
            return timeout;
        }
    }

    private AcpiExecProcess(Process process) {
        this.process = process;
    }

    /** Starts {@code command} and writes each of {@code commands} as one input line, then {@code quit}. */
    static AcpiExecProcess start(List<String> command, List<String> commands) throws IOException {
        Process p = new ProcessBuilder(command).start();
        var running = new AcpiExecProcess(p);
        Thread.ofVirtual().name("acpiexec-stdout").start(() -> running.pump(p.getInputStream()));
        Thread.ofVirtual().name("acpiexec-stderr").start(() -> running.drainErrors(p.getErrorStream()));
        Thread.ofVirtual().name("acpiexec-stdin").start(() -> {
            try (Writer in = new OutputStreamWriter(p.getOutputStream(), StandardCharsets.ISO_8859_1)) {
                for (String c : commands) {
                    in.write(c + "\n");
                }
                in.write("quit\n");
            } catch (IOException e) {
                // acpiexec ended (crash, kill) before reading everything: the reader reports that.
            }
        });
        return running;
    }

    /** The time after which {@link #next()} gives up with a timeout. */
    void deadline(Instant deadline) {
        this.deadline = deadline;
    }

    /** Sets the deadline {@code limit} from now. */
    void deadlineIn(Duration limit) {
        deadline(Instant.now().plus(limit));
    }

    /** The next output line, waiting until the deadline at most. */
    @Override
    public String next() throws Stopped {
        if (!pushedBack.isEmpty()) {
            return pushedBack.pop();
        }
        if (ended) {
            throw new Stopped(false, "acpiexec's output ended" + diagnostics());
        }
        String line;
        try {
            long wait = Duration.between(Instant.now(), deadline).toNanos();
            line = wait <= 0 ? lines.poll() : lines.poll(wait, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped(true, "interrupted while waiting for acpiexec");
        }
        if (line == null) {
            throw new Stopped(true, "no output from acpiexec before the deadline" + diagnostics());
        }
        if (line == END) {
            ended = true;
            waitForExit(Duration.ofSeconds(2));
            throw new Stopped(false, "acpiexec's output ended" + exitStatus() + diagnostics());
        }
        remember(recent, line);
        return line;
    }

    @Override
    public void pushBack(String line) {
        pushedBack.push(line);
    }

    /** Waits for acpiexec to exit by itself (after {@code quit}), at most {@code limit}. */
    boolean waitForExit(Duration limit) {
        try {
            return process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            waitForExit(Duration.ofSeconds(5));
        }
    }

    private String exitStatus() {
        if (process.isAlive()) {
            return "";
        }
        int code = process.exitValue();
        // The JDK reports death by signal N as 128 + N.
        return code > 128 ? " (killed by signal " + (code - 128) + ")" : " (exit code " + code + ")";
    }

    /** The last lines of output and of standard error, to say what acpiexec was doing. */
    private String diagnostics() {
        List<String> out;
        List<String> err;
        synchronized (errors) {
            err = new ArrayList<>(errors);
        }
        out = new ArrayList<>(recent);
        var text = new StringBuilder();
        if (!out.isEmpty()) {
            text.append("; last output: ").append(String.join(" | ", out));
        }
        if (!err.isEmpty()) {
            text.append("; stderr: ").append(String.join(" | ", err));
        }
        return text.toString();
    }

    private static void remember(Deque<String> tail, String line) {
        if (line.isBlank()) {
            return;
        }
        if (tail.size() == TAIL) {
            tail.removeFirst();
        }
        tail.addLast(line.strip());
    }

    private void pump(InputStream out) {
        try (var reader = new BufferedReader(new InputStreamReader(out, StandardCharsets.ISO_8859_1))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            // The stream closes when the process is killed: same as its end.
        } finally {
            lines.add(END);
        }
    }

    private void drainErrors(InputStream err) {
        try (var reader = new BufferedReader(new InputStreamReader(err, StandardCharsets.ISO_8859_1))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                synchronized (errors) {
                    remember(errors, line);
                }
            }
        } catch (IOException e) {
            // Diagnostics only.
        }
    }
}
