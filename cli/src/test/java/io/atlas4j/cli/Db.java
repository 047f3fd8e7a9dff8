package io.atlas4j.cli;

import io.atlas4j.script.ScriptSplitter;
import io.atlas4j.script.ScriptStatement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** SQLite database files for tests, driven by plain JDBC (independent of the code under test). */
final class Db {
    private Db() {
    }

    static String url(Path file) {
        return "sqlite://" + file.toAbsolutePath();
    }

    static String fileUrl(Path file) {
        return "file://" + file.toAbsolutePath();
    }

    /** Runs a script (statements split the way SQLite scripts are) against the database file. */
    static void exec(Path file, String script) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement s = c.createStatement()) {
            for (ScriptStatement st : ScriptSplitter.standard().withBlocks().split(script)) s.execute(st.sql());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Where {@code schema apply} records its runs; not part of the user's schema. */
    static final String HISTORY = "atlas4j_schema_history";

    /**
     * {@return the names of the database's objects of one type ("table", "view", "index", "trigger"),
     * sorted, without the apply history table}
     */
    static List<String> names(Path file, String type) {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = '" + type
                     + "' AND name NOT LIKE 'sqlite_%' AND name <> '" + HISTORY + "' ORDER BY name")) {
            while (rs.next()) out.add(rs.getString(1));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    static long count(Path file, String table) {
        return count(file, table, "1 = 1");
    }

    static long count(Path file, String table, String where) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table + " WHERE " + where)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@return the shipped blog example schema} */
    static Path blogSchema() {
        return Path.of(System.getProperty("atlas4j.root", ".."), "examples", "blog", "schema.sql");
    }

    /** {@return the text of the shipped blog example schema} */
    static String blogSchemaText() {
        try {
            return Files.readString(blogSchema());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path file, String text) {
        try {
            Files.writeString(file, text);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
