package io.atlas4j.mysql.internal;

import io.atlas4j.error.InspectionException;
import io.atlas4j.inspect.InspectOptions;
import io.atlas4j.inspect.Inspector;
import io.atlas4j.inspect.Queries;
import io.atlas4j.mysql.ServerInfo;
import io.atlas4j.mysql.internal.MySqlRows.CheckRow;
import io.atlas4j.mysql.internal.MySqlRows.ColumnRow;
import io.atlas4j.mysql.internal.MySqlRows.EventRow;
import io.atlas4j.mysql.internal.MySqlRows.ForeignKeyColumnRow;
import io.atlas4j.mysql.internal.MySqlRows.ForeignKeyRow;
import io.atlas4j.mysql.internal.MySqlRows.IndexRow;
import io.atlas4j.mysql.internal.MySqlRows.ParameterRow;
import io.atlas4j.mysql.internal.MySqlRows.PartitionRow;
import io.atlas4j.mysql.internal.MySqlRows.RoutineRow;
import io.atlas4j.mysql.internal.MySqlRows.SchemaRow;
import io.atlas4j.mysql.internal.MySqlRows.SequenceRow;
import io.atlas4j.mysql.internal.MySqlRows.TableRow;
import io.atlas4j.mysql.internal.MySqlRows.TriggerRow;
import io.atlas4j.mysql.internal.MySqlRows.ViewRow;
import io.atlas4j.schema.Realm;
import io.atlas4j.schema.Schema;
import io.atlas4j.schema.Attrs;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads schemas from information_schema: twelve queries per schema, whatever the number of
 * tables, plus one for partitions when some table is partitioned and one for MariaDB sequences
 * when the schema holds any. On MariaDB foreign keys come from InnoDB's dictionary views
 * ({@link MySqlInnoDbForeignKeys}), which unlike REFERENTIAL_CONSTRAINTS and KEY_COLUMN_USAGE do
 * not open every table. Rows are mapped by {@link MySqlRows}
 * and assembled into the model by {@link MySqlAssembler}.
 */
public final class MySqlInspector implements Inspector {
    private final ServerInfo server;
    private final MySqlAssembler assembler;
    private volatile boolean dictionaryReadable = true;

    public MySqlInspector(ServerInfo server, MySqlTypes types) {
        this.server = server;
        this.assembler = new MySqlAssembler(server, types);
    }

    @Override
    public Realm inspectRealm(Connection connection, InspectOptions options) {
        List<String> names = options.schemas();
        if (names.isEmpty()) {
            try {
                String current = connection.getCatalog();
                if (current == null || current.isEmpty()) {
                    throw new InspectionException("mysql: the connection has no current database: name one in the URL "
                            + "(mysql://user@host:3306/db) or in the inspect options", null);
                }
                names = List.of(current);
            } catch (SQLException e) {
                throw new InspectionException("mysql: cannot read the current database: " + e.getMessage(), e);
            }
        }
        Queries q = new Queries("mysql", connection);
        List<Schema> schemas = new ArrayList<>();
        for (String name : names) {
            List<SchemaRow> s = q.list("schemata", MySqlQueries.SCHEMAS, SchemaRow.MAP, name);
            if (s.isEmpty()) continue;
            schemas.add(inspect(q, s.get(0), options));
        }
        return new Realm(schemas, Attrs.EMPTY);
    }

    /**
     * Foreign keys: on MariaDB from InnoDB's dictionary when it is readable (it does not open
     * tables), else from REFERENTIAL_CONSTRAINTS and KEY_COLUMN_USAGE. Two queries either way,
     * unless the dictionary turns out unreadable, which is remembered for this inspector.
     */
    private MySqlInnoDbForeignKeys.Rows foreignKeys(Queries q, String s) {
        java.util.Optional<String> pattern = MySqlInnoDbForeignKeys.idPattern(s);
        if (server.isMariaDb() && server.lowerCaseTableNames() == 0 && dictionaryReadable && pattern.isPresent()) {
            try {
                var keys = q.list("foreign keys", MySqlQueries.INNODB_FOREIGN_KEYS, MySqlInnoDbForeignKeys.ForeignRow.MAP,
                        pattern.get());
                var cols = q.list("foreign key columns", MySqlQueries.INNODB_FOREIGN_KEY_COLUMNS,
                        MySqlInnoDbForeignKeys.ForeignColumnRow.MAP, pattern.get());
                var rows = MySqlInnoDbForeignKeys.map(s, keys, cols);
                if (rows.isPresent()) return rows.get();
            } catch (InspectionException e) {
                dictionaryReadable = false; // no PROCESS privilege, or the InnoDB views are not installed
            }
        }
        return new MySqlInnoDbForeignKeys.Rows(
                q.list("foreign keys", MySqlQueries.FOREIGN_KEYS, ForeignKeyRow.MAP, s),
                q.list("foreign key columns", MySqlQueries.FOREIGN_KEY_COLUMNS, ForeignKeyColumnRow.MAP, s));
    }

    private Schema inspect(Queries q, SchemaRow schema, InspectOptions options) {
        String s = schema.name();
        List<TableRow> tables = q.list("tables", MySqlQueries.TABLES, TableRow.MAP, s);
        List<ColumnRow> columns = q.list("columns", MySqlQueries.COLUMNS, ColumnRow.MAP, s);
        String expr = server.isMariaDb() || !server.atLeast(8, 0) ? "NULL" : "EXPRESSION";
        List<IndexRow> indexes = q.list("indexes", MySqlQueries.INDEXES.formatted(expr), IndexRow.MAP, s);
        MySqlInnoDbForeignKeys.Rows fk = foreignKeys(q, s);
        List<ForeignKeyRow> fks = fk.keys();
        List<ForeignKeyColumnRow> fkColumns = fk.columns();
        List<CheckRow> checks = server.isMariaDb() || server.atLeast(8, 0)
                ? q.list("checks", server.isMariaDb() ? MySqlQueries.CHECKS_MARIADB : MySqlQueries.CHECKS_MYSQL, CheckRow.MAP, s)
                : List.of();
        String algorithm = server.isMariaDb() ? "ALGORITHM" : "'UNDEFINED'";
        List<ViewRow> views = q.list("views", MySqlQueries.VIEWS.formatted(algorithm), ViewRow.MAP, s);
        List<TriggerRow> triggers = q.list("triggers", MySqlQueries.TRIGGERS, TriggerRow.MAP, s);
        List<RoutineRow> routines = q.list("routines", MySqlQueries.ROUTINES, RoutineRow.MAP, s);
        List<ParameterRow> params = q.list("parameters", MySqlQueries.PARAMETERS, ParameterRow.MAP, s);
        List<EventRow> events = q.list("events", MySqlQueries.EVENTS, EventRow.MAP, s);
        List<String> partitioned = tables.stream()
                .filter(t -> t.createOptions() != null && t.createOptions().toLowerCase(java.util.Locale.ROOT).contains("partitioned"))
                .map(TableRow::name).toList();
        List<Object> partitionParams = new ArrayList<>();
        partitionParams.add(s);
        partitionParams.addAll(partitioned);
        List<PartitionRow> partitions = partitioned.isEmpty() ? List.of()
                : q.list("partitions", MySqlQueries.partitions(partitioned.size()), PartitionRow.MAP, partitionParams.toArray());
        List<String> sequenceNames = tables.stream().filter(t -> "SEQUENCE".equals(t.type())).map(TableRow::name).toList();
        List<SequenceRow> sequences = sequenceNames.isEmpty() ? List.of()
                : q.list("sequences", MySqlQueries.sequences(s, sequenceNames), SequenceRow.MAP);
        return assembler.schema(new MySqlSchemaRows(schema, tables, columns, indexes, fks, fkColumns, checks, views, triggers,
                routines, params, events, partitions, sequences), options);
    }
}
