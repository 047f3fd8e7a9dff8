package io.atlas4j;

import io.atlas4j.error.ConnectionException;
import io.atlas4j.error.InvalidInputException;
import io.atlas4j.spi.DatabaseUrl;
import io.atlas4j.spi.Dialect;
import io.atlas4j.spi.JdbcTarget;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/** Finds dialects on the class path (ServiceLoader) by connection, name or URL scheme. */
public final class Dialects {
    private Dialects() {
    }

    public static List<Dialect> all() {
        List<Dialect> out = new ArrayList<>();
        ServiceLoader.load(Dialect.class, Dialects.class.getClassLoader()).forEach(out::add);
        if (out.isEmpty()) ServiceLoader.load(Dialect.class).forEach(out::add);
        return out;
    }

    /** {@return the dialect for the database behind the connection, tuned to its version} */
    public static Dialect forConnection(Connection connection) {
        try {
            DatabaseMetaData md = connection.getMetaData();
            for (Dialect d : all()) {
                if (d.accepts(md)) return d.forConnection(connection);
            }
            throw new InvalidInputException("no atlas4j dialect for " + md.getDatabaseProductName() + " "
                    + md.getDatabaseProductVersion() + ": add the matching atlas4j-dialect module to the class path");
        } catch (SQLException e) {
            throw new ConnectionException("cannot read database metadata: " + e.getMessage(), e);
        }
    }

    public static Dialect byName(String name) {
        for (Dialect d : all()) if (d.name().equalsIgnoreCase(name)) return d;
        throw new InvalidInputException("unknown dialect \"" + name + "\": known are " + all().stream().map(Dialect::name).toList());
    }

    /** {@return the dialect whose URL schemes include the URL's scheme} */
    public static Dialect forUrl(DatabaseUrl url) {
        for (Dialect d : all()) if (d.urlSchemes().contains(url.scheme())) return d;
        throw new InvalidInputException("unknown URL scheme \"" + url.scheme() + "\" in \"" + url
                + "\": use one of " + all().stream().flatMap(d -> d.urlSchemes().stream()).toList() + " or a jdbc: URL");
    }

    /** {@return a DataSource that opens a new (unpooled) connection per call to {@link #connect(String)}} */
    public static javax.sql.DataSource dataSource(String url) {
        return new io.atlas4j.internal.UrlConnections(url);
    }

    /** Opens a connection for an atlas4j URL ({@code sqlite://…}, {@code postgres://…}) or a plain {@code jdbc:} URL. */
    public static Connection connect(String url) {
        String shown = DatabaseUrl.mask(url);
        try {
            if (url.startsWith("jdbc:")) return DriverManager.getConnection(url);
            DatabaseUrl parsed = DatabaseUrl.parse(url);
            Dialect d = forUrl(parsed);
            JdbcTarget t = d.jdbcTarget(parsed).orElseThrow(() ->
                    new InvalidInputException("dialect " + d.name() + " cannot open \"" + shown + "\": use a jdbc: URL"));
            return DriverManager.getConnection(t.jdbcUrl(), t.properties());
        } catch (SQLException e) {
            throw new ConnectionException("cannot connect to \"" + shown + "\": " + e.getMessage().replace(url, shown)
                    + (e.getSQLState() != null ? " (SQLState " + e.getSQLState() + ")" : "")
                    + ": check that the server is running and the URL, user and password are right", e);
        }
    }
}
