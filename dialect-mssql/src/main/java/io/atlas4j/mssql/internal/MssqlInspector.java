package io.atlas4j.mssql.internal;

import io.atlas4j.error.InspectionException;
import io.atlas4j.inspect.InspectOptions;
import io.atlas4j.inspect.Inspector;
import io.atlas4j.inspect.Queries;
import io.atlas4j.mssql.internal.MssqlRows.CheckRow;
import io.atlas4j.mssql.internal.MssqlRows.ColumnRow;
import io.atlas4j.mssql.internal.MssqlRows.ForeignKeyRow;
import io.atlas4j.mssql.internal.MssqlRows.IndexRow;
import io.atlas4j.mssql.internal.MssqlRows.ModuleRow;
import io.atlas4j.mssql.internal.MssqlRows.SchemaRow;
import io.atlas4j.mssql.internal.MssqlRows.SequenceRow;
import io.atlas4j.mssql.internal.MssqlRows.TableRow;
import io.atlas4j.mssql.internal.MssqlRows.TypeRow;
import io.atlas4j.mssql.internal.MssqlRows.ViewRow;
import io.atlas4j.schema.Realm;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Predicate;

/**
 * Reads SQL Server's {@code sys.*} catalog views: ten queries per inspection ({@link MssqlQueries}),
 * whatever the number of tables, then {@link MssqlAssembler} builds the model. With no schema
 * named, the connection's default schema ({@code SCHEMA_NAME()}) is read; {@code allSchemas} reads
 * every user schema.
 */
public final class MssqlInspector implements Inspector {
    public static final MssqlInspector INSTANCE = new MssqlInspector();

    private MssqlInspector() {
    }

    @Override
    public Realm inspectRealm(Connection connection, InspectOptions options) {
        Queries q = new Queries("mssql", connection);
        Predicate<String> wanted;
        if (options.allSchemas()) wanted = s -> true;
        else if (!options.schemas().isEmpty()) wanted = s -> options.schemas().stream().anyMatch(x -> x.equalsIgnoreCase(s));
        else {
            String current = currentSchema(connection);
            wanted = s -> s.equalsIgnoreCase(current);
        }
        MssqlCatalog cat = new MssqlCatalog(
                q.list("schemas", MssqlQueries.SCHEMAS, SchemaRow.MAP),
                q.list("tables", MssqlQueries.TABLES, TableRow.MAP),
                q.list("columns", MssqlQueries.COLUMNS, ColumnRow.MAP),
                q.list("indexes", MssqlQueries.INDEXES, IndexRow.MAP),
                q.list("foreign keys", MssqlQueries.FOREIGN_KEYS, ForeignKeyRow.MAP),
                q.list("checks", MssqlQueries.CHECKS, CheckRow.MAP),
                q.list("views", MssqlQueries.VIEWS, ViewRow.MAP),
                q.list("modules", MssqlQueries.MODULES, ModuleRow.MAP),
                q.list("sequences", MssqlQueries.SEQUENCES, SequenceRow.MAP),
                q.list("types", MssqlQueries.TYPES, TypeRow.MAP));
        return MssqlAssembler.assemble(cat, wanted, options::includesTable);
    }

    private static String currentSchema(Connection c) {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT SCHEMA_NAME()")) {
            return rs.next() && rs.getString(1) != null ? rs.getString(1) : "dbo";
        } catch (SQLException e) {
            throw new InspectionException("mssql: cannot read the current schema: " + e.getMessage(), e);
        }
    }

    /** {@return the names of the queries one inspection runs, in order} */
    public static List<String> queryNames() {
        return MssqlQueries.all().stream().map(x -> x[0]).toList();
    }
}
