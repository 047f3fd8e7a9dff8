package io.atlas4j.testkit;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The PostgreSQL roles the shared conformance cases grant to or own objects with. Roles are server-wide, so a
 * suite creates the missing ones ({@code NOLOGIN}, marked with a comment) before its cases, so loadability does
 * not depend on what the server happens to have. Suites running at once (two builds, two modules) share them:
 * each holds a shared advisory lock while it runs, and only the last one out, the one that then gets the lock
 * exclusively, drops the marked roles. Roles the server had before are never touched.
 */
public final class PgCaseRoles implements AutoCloseable {
    public static final List<String> ROLES = List.of("admin_role", "admin_user", "api_role", "api_user", "app_role", "app_user",
            "column_reader", "manager_role", "old_role", "owner_role", "reader", "readonly_role", "readonly_user",
            "schemainspect_test_role", "test_admin", "testuser", "user1", "user2", "user3", "user4",
            "user-with-dash", "user.with.dot", "user@domain.com");
    static final String MARK = "atlas4j conformance suites: dropped when none runs";
    private static final long LOCK = 0x61746c61_73726f6cL;

    private final Connection admin;

    private PgCaseRoles(Connection admin) {
        this.admin = admin;
    }

    /** Takes the shared lock and creates the missing roles; {@link #close()} releases it and drops them when last. */
    public static PgCaseRoles create(Connection admin) throws SQLException {
        try (Statement s = admin.createStatement()) {
            s.execute("SELECT pg_advisory_lock_shared(" + LOCK + ")");
            for (String role : ROLES) {
                try (var q = admin.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
                    q.setString(1, role);
                    try (var rs = q.executeQuery()) {
                        if (rs.next()) continue;
                    }
                }
                try {
                    s.execute("CREATE ROLE " + quote(role) + " NOLOGIN");
                    s.execute("COMMENT ON ROLE " + quote(role) + " IS '" + MARK + "'");
                } catch (SQLException e) {
                    if (!"42710".equals(e.getSQLState())) throw e; // created meanwhile by another suite: shared
                }
            }
        }
        return new PgCaseRoles(admin);
    }

    /** Releases the shared lock; the last suite out drops the marked roles. Failures are printed, never thrown. */
    @Override
    public void close() {
        try (Statement s = admin.createStatement()) {
            s.execute("SELECT pg_advisory_unlock_shared(" + LOCK + ")");
            try (var rs = s.executeQuery("SELECT pg_try_advisory_lock(" + LOCK + ")")) {
                if (!rs.next() || !rs.getBoolean(1)) return;
            }
            try {
                for (String role : ROLES) {
                    try (var q = admin.prepareStatement("SELECT shobj_description(oid, 'pg_authid') FROM pg_roles WHERE rolname = ?")) {
                        q.setString(1, role);
                        try (var rs = q.executeQuery()) {
                            if (!rs.next() || !MARK.equals(rs.getString(1))) continue;
                        }
                    }
                    try {
                        s.execute("DROP ROLE IF EXISTS " + quote(role));
                    } catch (SQLException e) {
                        System.out.println("[atlas4j] could not drop role " + role + ": " + e.getMessage());
                    }
                }
            } finally {
                s.execute("SELECT pg_advisory_unlock(" + LOCK + ")");
            }
        } catch (SQLException e) {
            System.out.println("[atlas4j] could not clean up the conformance roles: " + e.getMessage());
        }
    }

    private static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
