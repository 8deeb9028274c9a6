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
        var writer = spec.commandLine().getOut();
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
