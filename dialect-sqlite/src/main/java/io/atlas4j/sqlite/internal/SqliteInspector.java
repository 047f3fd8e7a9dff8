package io.atlas4j.sqlite.internal;

import io.atlas4j.error.InspectionException;
import io.atlas4j.inspect.InspectOptions;
import io.atlas4j.inspect.Inspector;
import io.atlas4j.inspect.Queries;
import io.atlas4j.schema.Realm;
import io.atlas4j.sqlite.internal.CatalogRows.ColumnRow;
import io.atlas4j.sqlite.internal.CatalogRows.ForeignKeyRow;
import io.atlas4j.sqlite.internal.CatalogRows.IndexRow;
import io.atlas4j.sqlite.internal.CatalogRows.ObjectRow;
import io.atlas4j.sqlite.internal.CatalogRows.SchemaEntry;
import io.atlas4j.sqlite.internal.CatalogRows.TableKind;
import io.atlas4j.sqlite.internal.CatalogRows.TableRow;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@code main} schema of an SQLite database with five catalog queries, whatever the
 * number of tables: schema entries (tables, indexes, views, triggers), table kinds and options,
 * columns, index parts and foreign keys.
 */
public final class SqliteInspector implements Inspector {
    public static final SqliteInspector INSTANCE = new SqliteInspector();

    private SqliteInspector() {
    }

    @Override
    public Realm inspectRealm(Connection connection, InspectOptions options) {
        try {
            return Realm.of(SchemaMapper.map("main", read(connection), options::includesTable));
        } catch (InspectionException e) {
            if (String.valueOf(e.getMessage()).contains("pragma_table_list")) {
                throw new InspectionException("sqlite: the database engine is older than SQLite 3.37 (no pragma_table_list), "
                        + "which atlas4j needs to read STRICT and WITHOUT ROWID tables: use org.xerial:sqlite-jdbc 3.37 or later", e);
            }
            throw e;
        }
    }

    static CatalogRows read(Connection connection) {
        Queries q = new Queries("sqlite", connection);
        List<SchemaEntry> entries = q.list("schema", SqliteQueries.SCHEMA,
                r -> new SchemaEntry(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5)));
        Map<String, TableKind> kinds = new HashMap<>();
        q.list("table list", SqliteQueries.TABLE_LIST,
                r -> kinds.put(r.getString(1), new TableKind(r.getString(2), r.getInt(3) != 0, r.getInt(4) != 0)));
        TableNames names = new TableNames();
        Map<String, String> indexSql = new HashMap<>();
        List<TableRow> tables = new ArrayList<>();
        List<ObjectRow> objects = new ArrayList<>();
        for (SchemaEntry e : entries) {
            switch (e.type()) {
                case "table" -> {
                    names.put(e.rowid(), e.name());
                    TableKind kind = kinds.get(e.name());
                    // Shadow tables of virtual tables are the module's business.
                    if (kind != null && !kind.type().equals("shadow")) {
                        tables.add(new TableRow(e.name(), e.sql(), kind.withoutRowId(), kind.strict(), kind.type().equals("virtual")));
                    }
                }
                case "index" -> indexSql.put(e.name(), e.sql());
                case "view", "trigger" -> objects.add(new ObjectRow(e.type(), e.name(), e.table(), e.sql()));
                default -> { }
            }
        }
        List<ColumnRow> columns = q.list("columns", SqliteQueries.COLUMNS,
                r -> new ColumnRow(names.name(r.getLong(1)), r.getInt(2), r.getString(3), r.getString(4), r.getInt(5) != 0,
                        r.getString(6), r.getInt(7), r.getInt(8)));
        List<IndexRow> indexes = q.list("indexes", SqliteQueries.INDEXES, r -> {
            String index = r.getString(3);
            return new IndexRow(names.name(r.getLong(1)), r.getInt(2), index, r.getInt(4) != 0, r.getString(5), r.getInt(6) != 0,
                    indexSql.get(index), r.getInt(7), r.getInt(8), r.getString(9), r.getInt(10) != 0, r.getString(11));
        });
        List<ForeignKeyRow> fks = q.list("foreign keys", SqliteQueries.FOREIGN_KEYS,
                r -> new ForeignKeyRow(names.name(r.getLong(1)), r.getInt(2), r.getInt(3), r.getString(4), r.getString(5),
                        r.getString(6), r.getString(7), r.getString(8)));
        return new CatalogRows(tables, columns, indexes, fks, objects);
    }

    /** Table names by sqlite_schema rowid; rows come grouped by table, so the last lookup is remembered. */
    private static final class TableNames {
        private final Map<Long, String> byRowId = new HashMap<>();
        private long last = Long.MIN_VALUE;
        private String lastName;

        void put(long rowid, String name) {
            byRowId.put(rowid, name);
        }

        String name(long rowid) {
            if (rowid != last) {
                lastName = byRowId.get(rowid);
                last = rowid;
            }
            return lastName;
        }
    }
}
