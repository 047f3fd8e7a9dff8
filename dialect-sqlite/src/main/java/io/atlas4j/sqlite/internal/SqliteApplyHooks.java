package io.atlas4j.sqlite.internal;

import io.atlas4j.spi.ApplyHooks;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Foreign keys off around a plan (PRAGMA foreign_keys is a no-op inside a transaction, so it is
 * switched before the transaction begins), {@code PRAGMA foreign_key_check} before commit, and the
 * previous setting restored afterwards. One instance per apply: it remembers that setting.
 */
public final class SqliteApplyHooks implements ApplyHooks {
    private Boolean previous;

    @Override
    public void beforeApply(Connection connection) throws SQLException {
        previous = foreignKeysOn(connection);
        if (previous) {
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA foreign_keys = OFF");
            }
            // Inside an open transaction the pragma is a no-op, and a table rebuild would then fire ON DELETE actions.
            if (foreignKeysOn(connection)) {
                throw new SQLException("cannot turn foreign keys off inside an open transaction, so a table rebuild could "
                        + "delete referencing rows: apply on a connection in auto-commit mode");
            }
        }
    }

    private static boolean foreignKeysOn(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA foreign_keys")) {
            return rs.next() && rs.getInt(1) != 0;
        }
    }

    @Override
    public void beforeCommit(Connection connection) throws SQLException {
        List<String> problems = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
            while (rs.next() && problems.size() < 10) {
                problems.add("row " + rs.getString(2) + " of " + rs.getString(1) + " references a missing row of " + rs.getString(3));
            }
        }
        if (!problems.isEmpty()) {
            throw new SQLException("foreign key check failed: " + String.join("; ", problems)
                    + ": fix the rows or the foreign keys of the desired schema");
        }
    }

    @Override
    public void afterApply(Connection connection) throws SQLException {
        if (Boolean.TRUE.equals(previous)) {
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA foreign_keys = ON");
            }
        }
    }
}
