package io.atlas4j.internal;

import io.atlas4j.SqlScript;
import io.atlas4j.error.InvalidInputException;
import io.atlas4j.schema.Realm;
import io.atlas4j.schema.Schema;
import io.atlas4j.spi.DevDatabase;
import io.atlas4j.spi.Dialect;
import io.atlas4j.spi.JdbcTarget;
import io.atlas4j.spi.Scope;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;

/**
 * Loads desired SQL into a dev database and reads it back, so the database itself decides what
 * the SQL means. The dev database is the dialect's embedded one, a scratch database on the
 * target's server, or one the user named (borrowed: locked, checked empty, left as found).
 */
public final class DevLoad {

    private DevLoad() {
    }

    /** {@return the scripts loaded into the dialect's embedded dev database (SQLite in memory)} */
    public static Realm embedded(Dialect d, List<SqlScript> scripts, Scope scope) {
        try (DevDatabase dev = d.devDatabases().embedded().orElseThrow(() -> new InvalidInputException("dialect " + d.name()
                + " has no embedded dev database: pass a dev database (--dev-url)"))) {
            return into(d, dev, scripts, scope);
        }
    }

    /** {@return the scripts loaded into a scratch database on the target's server, dropped afterwards} */
    public static Realm scratch(Dialect d, Connection target, Optional<JdbcTarget> access, List<SqlScript> scripts, Scope scope) {
        try (DevDatabase dev = d.devDatabases().scratch(target, access).orElseThrow(() -> new InvalidInputException("dialect "
                + d.name() + " cannot create a scratch dev database: pass a dev database (--dev-url)"))) {
            return into(d, dev, scripts, scope);
        }
    }

    /** {@return the scripts loaded into the embedded dev database when the dialect has one, else into a scratch one} */
    public static Realm anywhere(Dialect d, Optional<Connection> target, Optional<JdbcTarget> access, List<SqlScript> scripts, Scope scope) {
        Optional<DevDatabase> embedded = d.devDatabases().embedded();
        if (embedded.isPresent()) {
            try (DevDatabase dev = embedded.get()) {
                return into(d, dev, scripts, scope);
            }
        }
        Connection t = target.orElseThrow(() -> new InvalidInputException("dialect " + d.name()
                + " has no embedded dev database: pass a dev database (--dev-url)"));
        return scratch(d, t, access, scripts, scope);
    }

    /** {@return the scripts loaded without any database by the offline loader on the class path ({@code --dev-url offline})} */
    public static Realm offline(Dialect d, List<SqlScript> scripts, Scope scope) {
        return OfflineLoaders.load(d, scripts, scope);
    }

    /** {@return the scripts loaded into a dev database the user named, borrowed for the load} */
    public static Realm borrowed(Dialect d, Connection dev, String shown, List<SqlScript> scripts, Scope scope) {
        try (BorrowedDevDatabase borrowed = BorrowedDevDatabase.borrow(d, dev, shown, scope)) {
            return into(d, borrowed, scripts, scope);
        } catch (io.atlas4j.error.SchemaParseException e) {
            if (!needsOwnTransactions(e) || !BorrowedDevDatabase.canLoadOutsideTransaction(d)) throw e;
        }
        // Some SQL cannot run inside the one transaction a borrowed load is rolled back with: load it in
        // auto-commit instead, and drop what it created afterwards.
        try (BorrowedDevDatabase borrowed = BorrowedDevDatabase.borrow(d, dev, shown, scope, false)) {
            return into(d, borrowed, scripts, scope);
        }
    }

    /** {@return whether a load failed only because it ran in one transaction (SQLState 25001, 55P04)} */
    private static boolean needsOwnTransactions(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && ("25001".equals(s.getSQLState()) || "55P04".equals(s.getSQLState()))) return true;
        }
        return false;
    }

    private static Realm into(Dialect d, DevDatabase dev, List<SqlScript> scripts, Scope scope) {
        if (scope == Scope.DATABASE || dev.schema().isPresent()) {
            SqlLoader.run(dev.connection(), scripts, d.syntax().splitter());
            return Inspection.scope(d, dev.connection(), scope, dev.schema(), List.of());
        }
        // The dev database is a database of its own: read all of it, so that schemas or objects the SQL put
        // outside the one schema compared are an error instead of being silently left out.
        Set<String> before = names(Inspection.scope(d, dev.connection(), Scope.DATABASE, Optional.empty(), List.of()));
        SqlLoader.run(dev.connection(), scripts, d.syntax().splitter());
        Realm all = Inspection.scope(d, dev.connection(), Scope.DATABASE, Optional.empty(), List.of());
        String current = currentSchema(dev.connection(), all);
        List<String> outside = new ArrayList<>();
        Schema inScope = Schema.empty(current);
        for (Schema s : all.schemas()) {
            if (s.name().equals(current)) inScope = s;
            else if (!before.contains(s.name()) || !Inspection.isEmpty(Realm.of(s))) outside.add("\"" + s.name() + "\"");
        }
        if (!outside.isEmpty()) {
            throw new InvalidInputException("the desired SQL creates schemas or objects outside the one schema compared (\"" + current
                    + "\"): " + String.join(", ", outside) + ": compare with the whole database (a URL without search_path, or"
                    + " SchemaBootstrap.scope(Scope.DATABASE)), or keep the desired SQL to one schema");
        }
        return Realm.of(inScope);
    }

    private static Set<String> names(Realm r) {
        Set<String> out = new HashSet<>();
        for (Schema s : r.schemas()) out.add(s.name());
        return out;
    }

    /** {@return the connection's current schema: where unqualified names in the desired SQL went} */
    private static String currentSchema(Connection c, Realm all) {
        try {
            String s = c.getSchema();
            if (s != null) return s;
        } catch (SQLException | AbstractMethodError e) {
            // fall through: a driver that cannot say has one schema
        }
        return all.schemas().isEmpty() ? "" : all.schemas().get(0).name();
    }
}
