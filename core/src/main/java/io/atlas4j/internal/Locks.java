package io.atlas4j.internal;

import io.atlas4j.SchemaFingerprint;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Names of schema locks: one per database, so every tool that changes any of its schemas (a start-up
 * apply of one schema, a CLI apply of the whole database) takes the same lock.
 */
public final class Locks {
    private Locks() {
    }

    /** {@return the key of the schema lock of the connection's database, at most 64 characters} */
    public static String name(Connection c) {
        return bounded("atlas4j:" + database(c));
    }

    /** {@return the key of the lock that serializes loads into a borrowed dev database} */
    public static String devName(Connection c) {
        return bounded("atlas4j:dev:" + where(c));
    }

    /** {@return the connection's database (JDBC catalog), or {@code default} when the driver cannot say} */
    static String database(Connection c) {
        try {
            return String.valueOf(c.getCatalog());
        } catch (SQLException | AbstractMethodError e) {
            return "default";
        }
    }

    /** {@return {@code catalog.schema} of the connection, or {@code default} when the driver cannot say} */
    static String where(Connection c) {
        try {
            return c.getCatalog() + "." + c.getSchema();
        } catch (SQLException | AbstractMethodError e) {
            return "default";
        }
    }

    private static String bounded(String name) {
        if (name.length() <= 64) return name;
        return "atlas4j:" + SchemaFingerprint.hex(name.getBytes(StandardCharsets.UTF_8)).substring(0, 40);
    }
}
