package io.atlas4j.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/** Runs the atlas4j command line in-process with captured output. */
final class Cli {
    private Cli() {
    }

    /** The outcome of one run: exit status, standard output, standard error. */
    record Result(int exit, String out, String err) {
        List<String> errLines() {
            return err.isEmpty() ? List.of() : List.of(err.split("\\R"));
        }
    }

    static Result run(String... args) {
        return run(Terminal.none(), args);
    }

    static Result run(Terminal terminal, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.commandLine(terminal, new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Result(exit, out.toString(), err.toString());
    }
}
