package io.atlas4j.jpa.internal;

import io.atlas4j.error.InvalidInputException;
import io.atlas4j.jpa.HibernateTarget;
import jakarta.persistence.PersistenceConfiguration;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.jpa.boot.spi.Bootstrap;
import org.hibernate.jpa.boot.spi.EntityManagerFactoryBuilder;
import org.hibernate.jpa.boot.spi.PersistenceConfigurationDescriptor;
import org.hibernate.jpa.boot.spi.PersistenceUnitDescriptor;

/**
 * Runs Hibernate's schema export in script mode: the JPA {@code scripts.action=create} with a
 * {@link StringWriter} as target, so the CREATE DDL comes back as text and no database is touched.
 */
public final class DdlExport {
    private DdlExport() {
    }

    /** {@return the CREATE DDL of entity classes for {@code target}} */
    public static String of(List<Class<?>> entities, ClassLoader loader, HibernateTarget target, Map<String, Object> properties) {
        requireJpa32();
        PersistenceConfiguration cfg = new PersistenceConfiguration("atlas4j-jpa");
        entities.forEach(cfg::managedClass);
        return of(new PersistenceConfigurationDescriptor(cfg), loader, target, properties, "entities " + entities.stream().map(Class::getName).toList());
    }

    /**
     * Fails clearly where an older Hibernate (6, with Jakarta Persistence 3.1, as in Spring Boot 3) wins on the class
     * path: the export is built on Jakarta Persistence 3.2 and Hibernate ORM 7.
     */
    static void requireJpa32() {
        try {
            Class.forName("jakarta.persistence.PersistenceConfiguration", false, DdlExport.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new InvalidInputException("JPA entities can be read with Hibernate ORM 7 and Jakarta Persistence 3.2 only, but Hibernate "
                    + org.hibernate.Version.getVersionString() + " is on the class path (Spring Boot 3 brings Hibernate 6): upgrade to"
                    + " Hibernate 7 (Spring Boot 4), or give the desired schema as SQL");
        }
    }

    /** {@return the CREATE DDL of a persistence unit (or any unit descriptor) for {@code target}} */
    public static String of(PersistenceUnitDescriptor unit, ClassLoader loader, HibernateTarget target, Map<String, Object> properties, String what) {
        StringWriter out = new StringWriter();
        Map<String, Object> settings = new HashMap<>(properties);
        settings.putAll(settings(target));
        settings.put(AvailableSettings.JAKARTA_HBM2DDL_SCRIPTS_CREATE_TARGET, out);
        settings.put(AvailableSettings.CLASSLOADERS, List.of(loader));
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            EntityManagerFactoryBuilder builder = Bootstrap.getEntityManagerFactoryBuilder(unit, settings, loader);
            try {
                builder.generateSchema();
            } finally {
                builder.cancel();
            }
        } catch (RuntimeException e) {
            throw new InvalidInputException("Hibernate cannot generate the schema of " + what + " for " + target.dialectClass()
                    + ": " + rootMessage(e) + ": fix the mapping (Hibernate's message names the entity and property)", e);
        } finally {
            thread.setContextClassLoader(previous);
        }
        return out.toString();
    }

    /**
     * {@return the settings that make Hibernate write a CREATE script for {@code target} without a
     * connection} The caller's properties cannot switch these off: a database action would write
     * to a database, and an import file would put rows in a desired schema.
     */
    @SuppressWarnings("deprecation") // HBM2DDL_IMPORT_FILES: deprecated in Hibernate 7, still read, so still emptied
    static Map<String, Object> settings(HibernateTarget target) {
        Map<String, Object> s = new HashMap<>();
        s.put(AvailableSettings.DIALECT, target.dialectClass());
        s.put(AvailableSettings.JAKARTA_HBM2DDL_DB_NAME, target.productName());
        s.put(AvailableSettings.JAKARTA_HBM2DDL_DB_MAJOR_VERSION, Integer.toString(target.major()));
        s.put(AvailableSettings.JAKARTA_HBM2DDL_DB_MINOR_VERSION, Integer.toString(target.minor()));
        s.put(AvailableSettings.ALLOW_METADATA_ON_BOOT, "false");
        s.put(AvailableSettings.JAKARTA_HBM2DDL_DATABASE_ACTION, "none");
        s.put(AvailableSettings.HBM2DDL_AUTO, "none");
        s.put(AvailableSettings.JAKARTA_HBM2DDL_SCRIPTS_ACTION, "create");
        s.put(AvailableSettings.HBM2DDL_DELIMITER, ";");
        s.put(AvailableSettings.FORMAT_SQL, "false");
        s.put(AvailableSettings.HBM2DDL_SKIP_DEFAULT_IMPORT_FILE, "true");
        s.put(AvailableSettings.HBM2DDL_IMPORT_FILES, "");
        s.put(AvailableSettings.JAKARTA_HBM2DDL_CREATE_SCHEMAS, "false");
        s.put(AvailableSettings.CONNECTION_PROVIDER, new NoConnections());
        return s;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        String m = t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m;
    }
}
