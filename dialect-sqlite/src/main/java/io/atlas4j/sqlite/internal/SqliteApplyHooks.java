package io.atlas4j.sqlite.internal;

import io.atlas4j.spi.ApplyHooks;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Modern rename semantics ({@code legacy_alter_table} off) and foreign keys off around a plan
 * (PRAGMA foreign_keys is a no-op inside a transaction, so it is switched before the transaction
 * begins), {@code PRAGMA foreign_key_check} before commit, and the previous settings restored afterwards. Violations that existed before the plan do not block it;
 * new ones roll it back. One instance per apply: it remembers the settings and the old violations.
 */
public final class SqliteApplyHooks implements ApplyHooks {
    private boolean foreignKeys;
    private boolean legacyAlterTable;
    private Map<String, Integer> violationsBefore = Map.of();

    @Override
    public void beforeApply(Connection connection) throws SQLException {
        foreignKeys = pragma(connection, "foreign_keys");
        legacyAlterTable = pragma(connection, "legacy_alter_table");
        // Renames must rewrite the views, triggers and (with enforcement off) foreign keys that name the renamed object.
        if (legacyAlterTable) execute(connection, "PRAGMA legacy_alter_table = OFF");
        violationsBefore = violations(connection, new ArrayList<>());
        if (foreignKeys) {
            execute(connection, "PRAGMA foreign_keys = OFF");
            // Inside an open transaction the pragma is a no-op, and a table rebuild would then fire ON DELETE actions.
            if (pragma(connection, "foreign_keys")) {
                throw new SQLException("cannot turn foreign keys off inside an open transaction, so a table rebuild could "
                        + "delete referencing rows: apply on a connection in auto-commit mode");
            }
        }
    }

    @Override
    public void beforeCommit(Connection connection) throws SQLException {
        List<String> examples = new ArrayList<>();
        Map<String, Integer> now = violations(connection, examples);
        List<String> problems = new ArrayList<>();
        for (var e : now.entrySet()) {
            int before = violationsBefore.getOrDefault(e.getKey(), 0);
            if (e.getValue() > before) problems.add(e.getKey() + ": " + (e.getValue() - before) + " new row(s) without a parent");
        }
        if (!problems.isEmpty()) {
            throw new SQLException("foreign key check failed: " + String.join("; ", problems) + " (e.g. "
                    + String.join(", ", examples.subList(0, Math.min(3, examples.size())))
                    + "): fix the rows or the foreign keys of the desired schema");
        }
    }

    @Override
    public void afterApply(Connection connection) throws SQLException {
        execute(connection, "PRAGMA legacy_alter_table = " + (legacyAlterTable ? "ON" : "OFF"));
        if (foreignKeys) execute(connection, "PRAGMA foreign_keys = ON");
    }

    /** {@return the number of rows violating foreign keys, per "child -> parent"} */
    private static Map<String, Integer> violations(Connection connection, List<String> examples) throws SQLException {
        Map<String, Integer> out = new HashMap<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
            while (rs.next()) {
                out.merge(rs.getString(1) + " -> " + rs.getString(3), 1, Integer::sum);
                if (examples.size() < 3) examples.add("row " + rs.getString(2) + " of " + rs.getString(1));
            }
        }
        return out;
    }

    private static boolean pragma(Connection connection, String name) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            return rs.next() && rs.getInt(1) != 0;
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }
}
