package io.atlas4j.sqlite;

import io.atlas4j.ApplyOptions;
import io.atlas4j.ApplyResult;
import io.atlas4j.Atlas;
import io.atlas4j.change.Change;
import io.atlas4j.diff.DiffOptions;
import io.atlas4j.diff.Differ;
import io.atlas4j.inspect.InspectOptions;
import io.atlas4j.plan.Plan;
import io.atlas4j.plan.PlanOptions;
import io.atlas4j.schema.Schema;
import io.atlas4j.script.ScriptStatement;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Test helpers around a real SQLite database file. */
final class SqliteDb implements AutoCloseable {
    static final SqliteDialect DIALECT = SqliteDialect.create();

    final Path file;
    final Connection connection;

    private SqliteDb(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    static SqliteDb open(Path file) {
        try {
            return new SqliteDb(file, DriverManager.getConnection("jdbc:sqlite:" + file));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs a script natively, statement by statement, as sqlite3 would. */
    SqliteDb exec(String script) {
        for (ScriptStatement st : DIALECT.syntax().splitter().split(script)) {
            try (Statement s = connection.createStatement()) {
                s.execute(st.sql());
            } catch (SQLException e) {
                throw new IllegalStateException("line " + st.line() + ": " + e.getMessage() + " in " + st.sql(), e);
            }
        }
        return this;
    }

    Schema inspect() {
        return DIALECT.inspector().inspectSchema(connection, InspectOptions.defaults());
    }

    /** {@return the schema as SQLite's own catalog reports it; see {@link SqliteCatalog}} */
    List<String> catalog() {
        return SqliteCatalog.render(connection);
    }

    List<Change> diffTo(Schema desired, DiffOptions options) {
        return Differ.diff(inspect(), desired, DIALECT.diffHooks(), options);
    }

    /** Plans through the public facade: {@code Atlas.diff(current, desired, dialect).with(options).plan(dialect)}. */
    Plan plan(Schema desired, DiffOptions options) {
        return plan(desired, options, PlanOptions.defaults());
    }

    Plan plan(Schema desired, DiffOptions options, PlanOptions planOptions) {
        return Atlas.diff(inspect(), desired, DIALECT).with(options).plan(DIALECT, planOptions);
    }

    ApplyResult apply(Plan plan) {
        return Atlas.apply(connection, plan, ApplyOptions.defaults().withAllowDestructive(true));
    }

    List<List<Object>> rows(String query) {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(query)) {
            List<List<Object>> out = new ArrayList<>();
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) row.add(rs.getObject(i));
                out.add(row);
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage() + " in " + query, e);
        }
    }

    static List<Change> diff(Schema a, Schema b) {
        return Differ.diff(a, b, DIALECT.diffHooks(), DiffOptions.defaults());
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
