package io.atlas4j.spring.boot;

/**
 * What the starter runs at start-up, before anything else uses the database. The auto-configuration
 * provides one from the {@code atlas4j.*} properties (a declarative apply of {@code atlas4j.schema}
 * or the migration directory {@code atlas4j.migrations}); an application that defines its own bean
 * of this type replaces it, and the starter still runs it in the same place of the start-up order.
 */
public interface Atlas4jMigrator {
    /** Brings the database up to date; an exception stops the application's start-up. */
    void migrate();

    /** {@return what has been applied to the database so far, for the actuator endpoint} */
    Atlas4jHistory history();
}
