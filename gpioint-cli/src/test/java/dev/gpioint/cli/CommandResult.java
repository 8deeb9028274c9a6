package dev.gpioint.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** What one run of the command printed and returned. */
record CommandResult(int status, String out, String err) {
    static CommandResult run(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        int status = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CommandResult(status, out.toString(), err.toString());
    }
}
