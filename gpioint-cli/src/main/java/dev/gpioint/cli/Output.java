package dev.gpioint.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Model.CommandSpec;

/** A PrintStream onto a command's picocli output writer, so tests capture what the command prints. */
final class Output {
    private Output() {
    }

    static PrintStream of(CommandSpec spec) {
        return onto(spec.commandLine().getOut());
    }

    /** The same onto the error writer. */
    static PrintStream ofErr(CommandSpec spec) {
        return onto(spec.commandLine().getErr());
    }

    private static PrintStream onto(java.io.PrintWriter writer) {
        return new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                writer.write(b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                writer.write(new String(bytes, offset, length, StandardCharsets.UTF_8));
            }

            @Override
            public void flush() {
                writer.flush();
            }
        }, true, StandardCharsets.UTF_8);
    }
}
