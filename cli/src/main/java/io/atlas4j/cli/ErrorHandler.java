package io.atlas4j.cli;

import io.atlas4j.error.AtlasErrorCode;
import io.atlas4j.error.AtlasException;
import java.io.UncheckedIOException;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into one line {@code Error: ...} on stderr and an exit status taken from
 * the error code. Passwords given on the command line never appear; stack traces only with
 * {@code --verbose}.
 */
final class ErrorHandler implements IParameterExceptionHandler, IExecutionExceptionHandler {
    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        String help = " (see '" + cl.getCommandSpec().qualifiedName() + " --help')";
        report(cl.getErr(), ex.getMessage() + help, ex, withProjectUrls(cl, List.of(args)));
        return AtlasErrorCode.INVALID_INPUT.exitStatus();
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parsed) {
        // A migration directory that cannot be used is an AtlasException too; its message lists every problem with file and line.
        int status = ex instanceof AtlasException a ? a.errorCode().exitStatus() : AtlasErrorCode.INTERNAL.exitStatus();
        String message = ex instanceof AtlasException
                || ex.getMessage() != null && (ex instanceof IllegalArgumentException || ex instanceof UncheckedIOException)
                ? ex.getMessage() : ex.toString();
        if (ex instanceof AtlasException a && a.errorCode() == AtlasErrorCode.DESTRUCTIVE_CHANGE) {
            message += " with --allow-destructive";
        }
        report(cl.getErr(), message, ex, withProjectUrls(cl, parsed.originalArgs()));
        return status;
    }

    /** {@return the arguments plus the URLs an env of the project file gave, so their passwords are masked too} */
    private static List<String> withProjectUrls(CommandLine cl, List<String> args) {
        CommandLine root = cl;
        while (root.getParent() != null) root = root.getParent();
        if (!(root.getCommand() instanceof AtlasCommand a) || a.secrets().isEmpty()) return args;
        List<String> all = new java.util.ArrayList<>(args);
        all.addAll(a.secrets());
        return all;
    }

    private static void report(PrintWriter err, String message, Exception ex, List<String> args) {
        Secrets secrets = Secrets.of(args);
        String text = message == null || message.isBlank() ? ex.getClass().getSimpleName() : message;
        err.println("Error: " + secrets.mask(text.strip().replaceAll("\\s*\\R\\s*", " ")));
        if (args.contains("--verbose")) {
            java.io.StringWriter trace = new java.io.StringWriter();
            ex.printStackTrace(new PrintWriter(trace));
            err.print(secrets.mask(trace.toString()));
        }
        err.flush();
    }
}
