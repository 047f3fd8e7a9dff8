package io.atlas4j;

import io.atlas4j.error.ConnectionException;
import io.atlas4j.error.InvalidInputException;
import io.atlas4j.internal.UrlDataSource;
import io.atlas4j.spi.Connector.Access;
import io.atlas4j.spi.DatabaseUrl;
import io.atlas4j.spi.Dialect;
import io.atlas4j.spi.JdbcTarget;
import io.atlas4j.spi.Scope;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.ServiceLoader;
import javax.sql.DataSource;

/** Finds dialects on the class path (ServiceLoader) by connection, name or URL, and opens URLs. */
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
                if (d.connector().accepts(md)) return d.forConnection(connection);
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

    /** {@return the dialect whose URL schemes include the scheme of an atlas4j URL ({@code postgres://…})} */
    public static Dialect forUrl(String url) {
        String scheme = DatabaseUrl.scheme(url);
        for (Dialect d : all()) if (d.connector().urlSchemes().contains(scheme)) return d;
        throw new InvalidInputException("unknown URL scheme \"" + scheme + "\" in \"" + DatabaseUrl.mask(url)
                + "\": use one of " + all().stream().flatMap(d -> d.connector().urlSchemes().stream()).toList() + " or a jdbc: URL");
    }

    /**
     * {@return the JDBC URL and properties an atlas4j URL or a plain {@code jdbc:} URL stands for}
     *
     * @param access {@link Access#READ} when the database must already exist (an SQLite file is then
     *               never created)
     */
    public static JdbcTarget jdbcTarget(String url, Access access) {
        if (url.startsWith("jdbc:")) return new JdbcTarget(url, new Properties());
        Dialect d = forUrl(url);
        return d.connector().jdbcTarget(d.connector().parse(url), access).orElseThrow(() ->
                new InvalidInputException("dialect " + d.name() + " cannot open \"" + DatabaseUrl.mask(url) + "\": use a jdbc: URL"));
    }

    /** {@return the schemas an atlas4j URL names: one, or (PostgreSQL without {@code search_path}) the whole database} */
    public static Scope scope(String url) {
        if (url.startsWith("jdbc:")) return Scope.SCHEMA;
        Dialect d = forUrl(url);
        return d.connector().scope(d.connector().parse(url));
    }

    /** {@return a DataSource that opens a new (unpooled) connection to the URL per call, for changing it} */
    public static DataSource dataSource(String url) {
        return dataSource(url, Access.WRITE);
    }

    /** {@return a DataSource that opens a new (unpooled) connection to the URL per call} */
    public static DataSource dataSource(String url, Access access) {
        return new UrlDataSource(url, jdbcTarget(url, access));
    }

    /**
     * {@return a DataSource that opens a new (unpooled) connection to a {@code jdbc:} URL per call, as {@code user}
     * with {@code password} (either may be null: the URL's own, or none)}
     */
    public static DataSource dataSource(String jdbcUrl, String user, String password) {
        if (!jdbcUrl.startsWith("jdbc:")) throw new InvalidInputException("a user and password go with a jdbc: URL, not \""
                + DatabaseUrl.mask(jdbcUrl) + "\": put them into the atlas4j URL (postgres://user:pass@host/db)");
        Properties credentials = new Properties();
        if (user != null) credentials.setProperty("user", user);
        if (password != null) credentials.setProperty("password", password);
        return new UrlDataSource(jdbcUrl, new JdbcTarget(jdbcUrl, credentials));
    }

    /** Opens a connection for an atlas4j URL ({@code sqlite://…}, {@code postgres://…}) or a plain {@code jdbc:} URL. */
    public static Connection connect(String url) {
        return connect(url, Access.WRITE);
    }

    public static Connection connect(String url, Access access) {
        return UrlDataSource.open(url, jdbcTarget(url, access));
    }
}
