package io.atlas4j.sqlite.internal;

import io.atlas4j.inspect.InspectOptions;
import io.atlas4j.inspect.Inspector;
import io.atlas4j.inspect.Queries;
import io.atlas4j.schema.Realm;
import io.atlas4j.sqlite.internal.CatalogRows.ColumnRow;
import io.atlas4j.sqlite.internal.CatalogRows.ForeignKeyRow;
import io.atlas4j.sqlite.internal.CatalogRows.IndexRow;
import io.atlas4j.sqlite.internal.CatalogRows.ObjectRow;
import io.atlas4j.sqlite.internal.CatalogRows.TableRow;
import java.sql.Connection;
import java.util.List;

/**
 * Reads the {@code main} schema of an SQLite database with five catalog queries, whatever the
 * number of tables: tables, columns, index parts, foreign keys, views and triggers.
 */
public final class SqliteInspector implements Inspector {
    public static final SqliteInspector INSTANCE = new SqliteInspector();

    private SqliteInspector() {
    }

    @Override
    public Realm inspectRealm(Connection connection, InspectOptions options) {
        return Realm.of(SchemaMapper.map("main", read(connection), options::includesTable));
    }

    static CatalogRows read(Connection connection) {
        Queries q = new Queries("sqlite", connection);
        List<TableRow> tables = q.list("tables", SqliteQueries.TABLES,
                r -> new TableRow(r.getString(1), r.getString(2), r.getInt(3) != 0, r.getInt(4) != 0, "virtual".equals(r.getString(5))));
        List<ColumnRow> columns = q.list("columns", SqliteQueries.COLUMNS,
                r -> new ColumnRow(r.getString(1), r.getInt(2), r.getString(3), r.getString(4), r.getInt(5) != 0,
                        r.getString(6), r.getInt(7), r.getInt(8)));
        List<IndexRow> indexes = q.list("indexes", SqliteQueries.INDEXES,
                r -> new IndexRow(r.getString(1), r.getString(2), r.getInt(3) != 0, r.getString(4), r.getInt(5) != 0,
                        r.getString(6), r.getInt(7), r.getInt(8), r.getString(9), r.getInt(10) != 0, r.getString(11)));
        List<ForeignKeyRow> fks = q.list("foreign keys", SqliteQueries.FOREIGN_KEYS,
                r -> new ForeignKeyRow(r.getString(1), r.getInt(2), r.getInt(3), r.getString(4), r.getString(5),
                        r.getString(6), r.getString(7), r.getString(8)));
        List<ObjectRow> objects = q.list("views and triggers", SqliteQueries.OBJECTS,
                r -> new ObjectRow(r.getString(1), r.getString(2), r.getString(3), r.getString(4)));
        return new CatalogRows(tables, columns, indexes, fks, objects);
    }

}
