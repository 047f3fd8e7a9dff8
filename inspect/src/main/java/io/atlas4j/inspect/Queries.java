package io.atlas4j.inspect;

import io.atlas4j.error.InspectionException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Runs named catalog queries and wraps failures with the dialect, query name and schema. */
public final class Queries {
    private final String dialect;
    private final Connection connection;

    public Queries(String dialect, Connection connection) {
        this.dialect = dialect;
        this.connection = connection;
    }

    /** Maps one result row; the mapper reads the current row only. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    public <T> List<T> list(String name, String sql, RowMapper<T> mapper, Object... params) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) ps.setObject(i + 1, params[i]);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) rows.add(mapper.map(rs));
                return rows;
            }
        } catch (SQLException e) {
            throw new InspectionException(dialect + ": catalog query \"" + name + "\" failed"
                    + (params.length > 0 ? " for " + List.of(params) : "") + ": " + e.getMessage(), e);
        }
    }
}
