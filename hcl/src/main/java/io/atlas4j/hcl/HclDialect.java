package io.atlas4j.hcl;

import java.util.Locale;

/** The database an HCL schema targets: it decides the type names and the dialect-only attributes. */
public enum HclDialect {
    SQLITE, POSTGRES, MYSQL;

    /** {@return the HCL dialect for an atlas4j dialect name such as {@code sqlite}, {@code postgres}, {@code mysql}} */
    public static HclDialect of(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.startsWith("sqlite")) {
            return SQLITE;
        }
        if (n.startsWith("postgres") || n.equals("pg")) {
            return POSTGRES;
        }
        if (n.startsWith("mysql") || n.startsWith("maria")) {
            return MYSQL;
        }
        throw new IllegalArgumentException("no HCL dialect for " + name + " (known: sqlite, postgres, mysql)");
    }
}
