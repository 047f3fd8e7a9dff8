package io.atlas4j.jpa;

import io.atlas4j.DesiredSchema;
import io.atlas4j.SqlScript;
import io.atlas4j.spi.Dialect;
import java.sql.Connection;
import java.util.List;

/**
 * Desired schemas from JPA entities in one call; {@link JpaModel} has every option.
 *
 * <pre>{@code
 * DesiredSchema desired = JpaSchemas.load(SqliteDialect.create(), Customer.class, PurchaseOrder.class);
 * DesiredSchema onServer = JpaSchemas.load(JpaModel.fromPackages(loader, "com.example.model"), PostgresDialect.create(), target);
 * List<SqlScript> ddl = JpaSchemas.scripts("jpa://com.example.model?classpath=target/classes", dialect);
 * }</pre>
 */
public final class JpaSchemas {
    private JpaSchemas() {
    }

    /** {@return the schema of the entity classes, loaded through the dialect's own dev database (SQLite in memory)} */
    public static DesiredSchema load(Dialect dialect, Class<?>... entities) {
        return JpaModel.of(entities).load(dialect);
    }

    /** {@return the schema of the entities of a package (and subpackages) on the context class loader, loaded through the dialect's own dev database} */
    public static DesiredSchema fromPackage(Dialect dialect, String packageName) {
        return JpaModel.fromPackages(contextLoader(), packageName).load(dialect);
    }

    /** {@return the schema of a persistence unit on the context class loader, loaded through the dialect's own dev database} */
    public static DesiredSchema fromPersistenceUnit(Dialect dialect, String unit) {
        return JpaModel.fromPersistenceUnit(contextLoader(), unit).load(dialect);
    }

    /** {@return a model's schema, loaded through a scratch database on the target's server (PostgreSQL, MySQL, MariaDB)} */
    public static DesiredSchema load(JpaModel model, Dialect dialect, Connection target) {
        return model.load(dialect, target);
    }

    /** {@return the model a {@code jpa://} URL names; its class path goes in front of this module's class loader} */
    public static JpaModel fromUrl(String url) {
        return JpaUrl.parse(url).model(JpaSchemas.class.getClassLoader());
    }

    /**
     * {@return the CREATE DDL of a {@code jpa://} source for {@code dialect}, as scripts to load like
     * desired SQL} What a command line or build tool needs to accept {@code --to jpa://...}.
     */
    public static List<SqlScript> scripts(String url, Dialect dialect) {
        return fromUrl(url).scripts(dialect);
    }

    private static ClassLoader contextLoader() {
        ClassLoader l = Thread.currentThread().getContextClassLoader();
        return l != null ? l : JpaSchemas.class.getClassLoader();
    }
}
