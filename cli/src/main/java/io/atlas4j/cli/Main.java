package io.atlas4j.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import picocli.CommandLine;

/** The {@code atlas4j} command line entry point. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (Arrays.asList(args).contains("--verbose")) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "debug");
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(commandLine(Terminal.system(), out, err).execute(args));
    }

    /** {@return the configured command line; tests run it in-process with their own writers and terminal} */
    public static CommandLine commandLine(Terminal terminal, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new AtlasCommand(terminal));
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler(new ErrorHandler());
        cl.setExecutionExceptionHandler(new ErrorHandler());
        return cl;
    }
}
