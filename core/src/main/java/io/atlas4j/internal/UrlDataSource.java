package io.atlas4j.internal;

import io.atlas4j.error.ConnectionException;
import io.atlas4j.spi.DatabaseUrl;
import io.atlas4j.spi.JdbcTarget;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** A DataSource over one resolved JDBC target, opening a new connection per call (never pooled). */
public record UrlDataSource(String url, JdbcTarget target) implements DataSource {
    /** Opens a connection; a failure names the URL (its password masked) and a remedy. */
    public static Connection open(String url, JdbcTarget target) {
        String shown = DatabaseUrl.mask(url);
        try {
            return DriverManager.getConnection(target.jdbcUrl(), target.properties());
        } catch (SQLException e) {
            String msg = String.valueOf(e.getMessage()).replace(url, shown);
            throw new ConnectionException("cannot connect to \"" + shown + "\": " + msg
                    + (e.getSQLState() != null ? " (SQLState " + e.getSQLState() + ")" : "")
                    + ": check that the server is running and the URL, user and password are right", e);
        }
    }

    @Override
    public Connection getConnection() {
        return open(url, target);
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("give the user and password in the URL");
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
    }

    @Override
    public void setLoginTimeout(int seconds) {
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) return iface.cast(this);
        throw new SQLException("not a wrapper of " + iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }

    @Override
    public String toString() {
        return DatabaseUrl.mask(url);
    }
}
