package io.atlas4j.migrate.internal;

import io.atlas4j.spi.Dialect;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A table atlas4j keeps itself, named in the connection's schema or in a schema the user chose. */
record Tables(Dialect dialect, Optional<String> schema, String name) {
    /** {@return the name as it goes into SQL, qualified when a schema was chosen} */
    String qualified() {
        return schema.map(s -> dialect.syntax().quote(s) + ".").orElse("") + dialect.syntax().quote(name);
    }

    /** Creates the chosen schema when it is missing, as Atlas does for its revisions schema. */
    void ensureSchema(Connection c) throws SQLException {
        if (schema.isEmpty()) return;
        try (java.sql.Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA IF NOT EXISTS " + dialect.syntax().quote(schema.get()));
        }
    }

    boolean exists(Connection c) throws SQLException {
        var md = c.getMetaData();
        // MySQL names a database a catalog; PostgreSQL a schema.
        boolean catalogs = md.supportsCatalogsInDataManipulation() && !md.supportsSchemasInDataManipulation();
        String catalog = catalogs ? schema.orElse(c.getCatalog()) : c.getCatalog();
        String schemaPattern = catalogs ? null : schema.orElseGet(() -> currentSchema(c));
        for (String n : List.of(name, name.toUpperCase(Locale.ROOT))) {
            try (ResultSet rs = md.getTables(catalog, schemaPattern, n, null)) {
                if (rs.next()) return true;
            }
        }
        return false;
    }

    private static String currentSchema(Connection c) {
        try {
            return c.getSchema();
        } catch (SQLException | AbstractMethodError e) {
            return null;
        }
    }
}
