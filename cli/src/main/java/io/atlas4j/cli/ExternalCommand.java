package io.atlas4j.cli;

import io.atlas4j.SqlScript;
import io.atlas4j.error.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * An {@code ext://program arg ...} schema source: a program whose standard output is DDL for the target dialect.
 * Arguments are split on spaces; single or double quotes keep spaces inside one argument. The program runs
 * before any database is changed, so a failing one leaves everything untouched.
 */
record ExternalCommand(List<String> argv) {
    ExternalCommand {
        argv = List.copyOf(argv);
        if (argv.isEmpty()) throw new InvalidInputException("ext:// source without a program: use ext://program arg ...");
    }

    static ExternalCommand parse(String source) {
        String line = source.substring(Source.EXTERNAL.length()).strip();
        List<String> argv = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (char c : line.toCharArray()) {
            if (quote != 0) {
                if (c == quote) quote = 0;
                else word.append(c);
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) argv.add(word.toString());
                word.setLength(0);
                inWord = false;
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (quote != 0) throw new InvalidInputException("ext:// source has an unclosed " + quote + " quote: " + source);
        if (inWord) argv.add(word.toString());
        return new ExternalCommand(argv);
    }

    /** {@return the program's standard output as one script named after the command} */
    SqlScript run() {
        Process process;
        try {
            process = new ProcessBuilder(argv).start();
        } catch (IOException e) {
            throw new InvalidInputException("cannot run " + this + ": " + e.getMessage()
                    + " (check the program's name and that it is on the PATH)", e);
        }
        try {
            process.getOutputStream().close();
            // Read both streams at once: a program that fills one pipe while we wait on the other would hang.
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
            String out = read(process.getInputStream());
            int status = process.waitFor();
            String stderr = err.join().strip();
            if (status != 0) {
                throw new InvalidInputException(this + " exited with status " + status
                        + (stderr.isEmpty() ? " and printed nothing on stderr" : ":\n" + stderr)
                        + "\nnothing was changed; fix the program or its arguments");
            }
            if (out.isBlank()) throw new InvalidInputException(this + " printed no DDL on its standard output");
            return new SqlScript(toString(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new InvalidInputException("interrupted while running " + this, e);
        }
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "ext://" + String.join(" ", argv);
    }
}
