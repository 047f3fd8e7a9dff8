package io.atlas4j.junit;

import io.atlas4j.testkit.Prerequisite;
import java.sql.SQLException;

/** Test databases for ITs: skipped locally when the server is missing, failing when CI=true. */
final class Servers {
    private Servers() {
    }

    static DatabaseServer server(String kind) {
        return switch (kind) {
            case "sqlite" -> DatabaseServer.sqlite();
            case "postgres" -> DatabaseServer.postgres(System.getProperty("atlas4j.postgres.url",
                    "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres"));
            case "mariadb" -> DatabaseServer.mariadb(System.getProperty("atlas4j.mariadb.url", "jdbc:mariadb://127.0.0.1:3306/?user=root"));
            default -> throw new IllegalArgumentException(kind);
        };
    }

    static TestDatabase open(String kind) {
        DatabaseServer s = server(kind);
        try {
            return s.create();
        } catch (SQLException e) {
            String m = s.describe() + " is not reachable (" + e.getMessage() + ")";
            throw Prerequisite.missing(m, e);
        }
    }

    /** Whether the dialect for this kind is on the class path (the dialect modules join the build one by one). */
    static void requireDialect(TestDatabase db) {
        try (var c = db.dataSource().getConnection()) {
            io.atlas4j.Dialects.forConnection(c);
        } catch (io.atlas4j.error.InvalidInputException e) {
            String m = "no atlas4j dialect for " + db.kind() + " on the class path";
            throw Prerequisite.missing(m, e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
