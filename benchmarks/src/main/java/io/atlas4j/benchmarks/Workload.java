package io.atlas4j.benchmarks;

import io.atlas4j.script.ScriptSplitter;
import io.atlas4j.script.ScriptStatement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** The shared benchmark workload: scripts written by {@code shared/bench/gen_schema.py DIR 1000 5000}. */
final class Workload {
    private Workload() {
    }

    /** {@return the folder of the generated scripts: {@code -Datlas4j.bench.dir}} */
    static Path dir() {
        return Path.of(System.getProperty("atlas4j.bench.dir", "../shared/bench/out"));
    }

    /** {@return the current-state script for a dialect prefix ({@code pg}, {@code my}, {@code sqlite}) and size} */
    static String script(String dialect, int tables) throws IOException {
        return Files.readString(dir().resolve(dialect + "_" + tables + "_cur.sql"), StandardCharsets.UTF_8);
    }

    /** Runs a script statement by statement, split the dialect's way. */
    static void execute(Connection c, ScriptSplitter splitter, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (ScriptStatement st : splitter.split(sql)) s.execute(st.sql());
        }
    }
}
