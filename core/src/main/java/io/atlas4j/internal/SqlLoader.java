package io.atlas4j.internal;

import io.atlas4j.error.InvalidInputException;
import io.atlas4j.error.Origin;
import io.atlas4j.error.SchemaParseException;
import io.atlas4j.spi.ScriptSplitter;
import io.atlas4j.spi.ScriptStatement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

/** Runs desired-schema SQL files against a dev database, naming file and line on failure. */
public final class SqlLoader {
    private SqlLoader() {
    }

    /** {@return the .sql files of a file or directory source, in name order} */
    public static List<Path> files(Path source) {
        if (Files.isRegularFile(source)) return List.of(source);
        if (!Files.isDirectory(source)) {
            throw new InvalidInputException("desired schema \"" + source + "\" does not exist: give a .sql file or a directory of .sql files");
        }
        try (Stream<Path> s = Files.list(source)) {
            List<Path> files = s.filter(p -> p.getFileName().toString().endsWith(".sql") && Files.isRegularFile(p)).sorted().toList();
            if (files.isEmpty()) throw new InvalidInputException("directory \"" + source + "\" holds no .sql files");
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void run(Connection dev, Path file, ScriptSplitter splitter) {
        String script;
        try {
            script = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidInputException("cannot read \"" + file + "\": " + e.getMessage(), e);
        }
        run(dev, file.toString(), script, splitter);
    }

    public static void run(Connection dev, String name, String script, ScriptSplitter splitter) {
        for (ScriptStatement st : splitter.split(script)) {
            try (Statement s = dev.createStatement()) {
                s.execute(st.sql());
            } catch (SQLException e) {
                throw new SchemaParseException(new Origin(name, st.line() + lineWithin(e) - 1, 0), e.getMessage() + " in \""
                        + abbreviate(st.sql()) + "\": fix the statement and try again", e);
            }
        }
    }

    /** {@return the 1-based line inside the statement that MySQL and MariaDB name ("... at line 3"), or 1} */
    private static int lineWithin(SQLException e) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("at line (\\d+)\\s*$").matcher(String.valueOf(e.getMessage()));
        return m.find() ? Math.max(1, Integer.parseInt(m.group(1))) : 1;
    }

    private static String abbreviate(String sql) {
        String oneLine = sql.replaceAll("\\s+", " ");
        return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 77) + "...";
    }
}
