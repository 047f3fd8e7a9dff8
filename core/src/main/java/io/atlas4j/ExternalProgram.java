package io.atlas4j;

import io.atlas4j.error.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A program whose standard output is the DDL of a desired schema (an ORM's schema printer, a generator), as
 * the {@code ext://program arg ...} source and Atlas's {@code data "external_schema"} name it. In the URL,
 * arguments are split on spaces; single or double quotes keep spaces inside one argument. The program runs
 * before any database is changed, so a failing one leaves everything untouched.
 *
 * <pre>{@code
 * List<SqlScript> ddl = ExternalProgram.of("python3", "models.py", "--dialect", "postgres").run();
 * }</pre>
 *
 * @param argv the program and its arguments
 */
public record ExternalProgram(List<String> argv) {
    /** The URL scheme, with its slashes. */
    public static final String PREFIX = "ext://";

    public ExternalProgram {
        argv = List.copyOf(argv);
        if (argv.isEmpty() || argv.get(0).isBlank()) {
            throw new InvalidInputException("ext:// source without a program: use ext://program arg ...");
        }
    }

    /** {@return the program with these arguments} */
    public static ExternalProgram of(String program, String... args) {
        List<String> argv = new ArrayList<>(List.of(program));
        argv.addAll(List.of(args));
        return new ExternalProgram(argv);
    }

    /** {@return whether {@code source} is an {@code ext://} URL} */
    public static boolean isExternal(String source) {
        return source.startsWith(PREFIX);
    }

    /**
     * Parses an {@code ext://} URL.
     *
     * @throws InvalidInputException when a quote is not closed or no program is named
     */
    public static ExternalProgram parse(String url) {
        if (!isExternal(url)) throw new InvalidInputException("\"" + url + "\" is not an ext:// URL: use ext://program arg ...");
        String line = url.substring(PREFIX.length()).strip();
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
        if (quote != 0) throw new InvalidInputException("ext:// source has an unclosed " + quote + " quote: " + url);
        if (inWord) argv.add(word.toString());
        return new ExternalProgram(argv);
    }

    /**
     * {@return the {@code ext://} URL that parses back to this program} Arguments with spaces or quotes are quoted.
     *
     * @throws InvalidInputException for an argument holding both quote characters, which the URL cannot carry
     */
    public String url() {
        List<String> words = new ArrayList<>();
        for (String a : argv) {
            boolean plain = !a.isEmpty() && a.chars().noneMatch(c -> Character.isWhitespace(c) || c == '\'' || c == '"');
            if (plain) words.add(a);
            else if (a.indexOf('\'') < 0) words.add("'" + a + "'");
            else if (a.indexOf('"') < 0) words.add("\"" + a + "\"");
            else throw new InvalidInputException("program argument " + a + " holds both quote characters: an ext:// URL cannot carry it;"
                    + " wrap the program in a script");
        }
        return PREFIX + String.join(" ", words);
    }

    /**
     * {@return the program's standard output as one script named after the command}
     *
     * @throws InvalidInputException naming the command, its exit status and its stderr when it fails or prints nothing
     */
    public SqlScript run() {
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
        return PREFIX + String.join(" ", argv);
    }
}
