package io.atlas4j.jpa;

import io.atlas4j.Atlas;
import io.atlas4j.DesiredSchema;
import io.atlas4j.Dialects;
import io.atlas4j.SqlScript;
import io.atlas4j.diff.DiffOptions;
import io.atlas4j.error.ConnectionException;
import io.atlas4j.error.InvalidInputException;
import io.atlas4j.jpa.internal.DdlExport;
import io.atlas4j.jpa.internal.PackageScanner;
import io.atlas4j.jpa.internal.PersistenceUnits;
import io.atlas4j.schema.Realm;
import io.atlas4j.script.ScriptStatement;
import io.atlas4j.spi.Dialect;
import io.atlas4j.spi.Scope;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * JPA entities whose schema is wanted: classes named one by one, the entities of packages, or a
 * persistence unit of {@code META-INF/persistence.xml}. Hibernate ORM's schema export writes
 * their CREATE DDL for the target dialect ({@link #ddl(Dialect)}), and atlas4j loads that DDL
 * through a dev database like desired SQL ({@link #load(Dialect)}), so the database decides what
 * the schema means. Immutable; no database is touched until a {@code load}.
 *
 * <pre>{@code
 * DesiredSchema desired = JpaModel.of(Customer.class, PurchaseOrder.class).load(SqliteDialect.create());
 * Plan plan = desired.diffFrom(Atlas.inspect(dataSource)).plan(SqliteDialect.create());
 * }</pre>
 */
public final class JpaModel {
    private final List<Class<?>> classes;
    private final List<String> packages;
    private final Optional<String> unit;
    private final List<Path> classPath;
    private final ClassLoader parent;
    private final Map<String, Object> properties;

    private JpaModel(List<Class<?>> classes, List<String> packages, Optional<String> unit, List<Path> classPath,
                     ClassLoader parent, Map<String, Object> properties) {
        this.classes = List.copyOf(classes);
        this.packages = List.copyOf(packages);
        this.unit = unit;
        this.classPath = List.copyOf(classPath);
        this.parent = Objects.requireNonNull(parent, "parent");
        this.properties = Map.copyOf(properties);
    }

    /** {@return the model of these entity classes (and the embeddables and superclasses they use)} */
    public static JpaModel of(Class<?>... entities) {
        return of(Arrays.asList(entities));
    }

    public static JpaModel of(List<Class<?>> entities) {
        if (entities.isEmpty()) throw new InvalidInputException("no entity classes given: name at least one @Entity class");
        return new JpaModel(entities, List.of(), Optional.empty(), List.of(), entities.get(0).getClassLoader(), Map.of());
    }

    /** {@return the model of every {@code @Entity}, {@code @Embeddable}, {@code @MappedSuperclass} and {@code @Converter} class in the packages (and subpackages)} */
    public static JpaModel fromPackages(ClassLoader loader, String... packages) {
        if (packages.length == 0) throw new InvalidInputException("no package given: name the package of the entities, e.g. com.example.model");
        return new JpaModel(List.of(), Arrays.asList(packages), Optional.empty(), List.of(), loader, Map.of());
    }

    /** {@return the model of the persistence unit {@code name} of the class loader's {@code META-INF/persistence.xml}} */
    public static JpaModel fromPersistenceUnit(ClassLoader loader, String name) {
        return new JpaModel(List.of(), List.of(), Optional.of(name), List.of(), loader, Map.of());
    }

    /**
     * {@return this model with classes read from these folders and jars (in front of the parent class
     * loader), as a build's {@code target/classes} and dependency jars} Hibernate and the JPA API come
     * from the parent, so the entities' annotations are the ones Hibernate reads.
     */
    public JpaModel withClassPath(List<Path> entries) {
        for (Path p : entries) {
            if (!Files.exists(p)) {
                throw new InvalidInputException("class path entry \"" + p + "\" does not exist: give folders of compiled classes (target/classes) or jars");
            }
        }
        List<Path> all = new ArrayList<>(classPath);
        all.addAll(entries);
        return new JpaModel(classes, packages, unit, all, parent, properties);
    }

    /** {@return this model with a Hibernate setting for the schema export (a naming strategy, a default schema, ...)} */
    public JpaModel withProperty(String name, Object value) {
        Map<String, Object> p = new HashMap<>(properties);
        p.put(name, value);
        return new JpaModel(classes, packages, unit, classPath, parent, p);
    }

    /** {@return Hibernate's CREATE script for the atlas4j dialect (and the server version it is tuned to)} */
    public String ddl(Dialect dialect) {
        return ddl(HibernateTarget.of(dialect));
    }

    /** {@return Hibernate's CREATE script for a Hibernate dialect named directly} */
    public String ddl(HibernateTarget target) {
        try (URLClassLoader extra = classPath.isEmpty() ? null : new URLClassLoader("atlas4j-jpa", urls(), parent)) {
            ClassLoader loader = extra == null ? parent : extra;
            if (unit.isPresent()) {
                return DdlExport.of(PersistenceUnits.find(loader, unit.get()), loader, target, properties,
                        "persistence unit \"" + unit.get() + "\"");
            }
            List<Class<?>> managed = packages.isEmpty() ? classes : PackageScanner.managedClasses(loader, classPath, packages);
            return DdlExport.of(managed, loader, target, properties);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@return the CREATE script as one script to load, named after the model for error positions}
     * On SQLite, which stores no comments, Hibernate's {@code comment on} statements are left out:
     * SQLite rejects them, and there is nowhere they could go.
     */
    public List<SqlScript> scripts(Dialect dialect) {
        String ddl = ddl(dialect);
        if (dialect.name().equals("sqlite")) {
            ddl = dialect.syntax().splitter().split(ddl).stream().map(ScriptStatement::sql)
                    .filter(s -> !s.strip().toLowerCase(Locale.ROOT).startsWith("comment on "))
                    .map(s -> s + ";\n").collect(Collectors.joining());
        }
        return List.of(new SqlScript(describe(), ddl));
    }

    /**
     * {@return the statements of the script that write rows rather than schema} Hibernate starts a
     * sequence it emulates with a table (on SQLite, which has no sequences) with an INSERT of its
     * first value. Plans carry no rows, so run these once after the apply that creates such a table.
     */
    public List<String> initialRows(Dialect dialect) {
        return dialect.syntax().splitter().split(ddl(dialect)).stream().map(ScriptStatement::sql)
                .filter(s -> s.strip().toLowerCase(Locale.ROOT).startsWith("insert ")).toList();
    }

    /** Loads the schema through the dialect's own dev database (SQLite: an in-memory database). */
    public DesiredSchema load(Dialect dialect) {
        return desired(Atlas.loadRealm(scripts(dialect), dialect, Scope.SCHEMA));
    }

    /**
     * Loads the schema into an empty dev database, borrowed for the load and left as found; the
     * DDL is written for the dialect and server version of that database.
     */
    public DesiredSchema load(Connection devDatabase) {
        Dialect d = Dialects.forConnection(devDatabase);
        return desired(Atlas.loadRealm(scripts(d), devDatabase, Scope.SCHEMA));
    }

    /**
     * Loads the schema through a scratch database the dialect creates on the target's server and
     * drops afterwards; the target is never written. The DDL is written for the target's server version.
     */
    public DesiredSchema load(Dialect dialect, Connection target) {
        Dialect d;
        try {
            d = dialect.forConnection(target);
        } catch (SQLException e) {
            throw new ConnectionException("cannot read the server version: " + e.getMessage(), e);
        }
        return desired(Atlas.loadRealm(scripts(d), d, target, Optional.empty(), Scope.SCHEMA));
    }

    private static DesiredSchema desired(Realm realm) {
        return new DesiredSchema(realm, DiffOptions.defaults());
    }

    /** {@return what the model is, for error messages and script names} */
    public String describe() {
        String what = unit.map(u -> "jpa persistence unit " + u)
                .orElseGet(() -> packages.isEmpty() ? "jpa entities " + classes.stream().map(Class::getSimpleName).toList()
                        : "jpa packages " + packages);
        return classPath.isEmpty() ? what : what + " on " + classPath;
    }

    @Override
    public String toString() {
        return describe();
    }

    private URL[] urls() {
        URL[] out = new URL[classPath.size()];
        for (int i = 0; i < out.length; i++) {
            try {
                out[i] = classPath.get(i).toAbsolutePath().toUri().toURL();
            } catch (MalformedURLException e) {
                throw new InvalidInputException("bad class path entry \"" + classPath.get(i) + "\": " + e.getMessage(), e);
            }
        }
        return out;
    }
}
