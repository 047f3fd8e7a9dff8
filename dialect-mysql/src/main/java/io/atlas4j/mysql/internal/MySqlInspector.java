package io.atlas4j.mysql.internal;

import io.atlas4j.error.InspectionException;
import io.atlas4j.inspect.InspectOptions;
import io.atlas4j.inspect.Inspector;
import io.atlas4j.inspect.Queries;
import io.atlas4j.mysql.ServerInfo;
import io.atlas4j.mysql.internal.MySqlRows.CheckRow;
import io.atlas4j.mysql.internal.MySqlRows.ColumnRow;
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
 * Reads schemas from information_schema: twelve queries per schema (a thirteenth when the schema
 * holds MariaDB sequences), whatever the number of tables. Rows are mapped by {@link MySqlRows}
 * and assembled into the model by {@link MySqlAssembler}.
 */
public final class MySqlInspector implements Inspector {
    private final ServerInfo server;
    private final MySqlAssembler assembler;

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

    private Schema inspect(Queries q, SchemaRow schema, InspectOptions options) {
        String s = schema.name();
        List<TableRow> tables = q.list("tables", MySqlQueries.TABLES, TableRow.MAP, s);
        List<ColumnRow> columns = q.list("columns", MySqlQueries.COLUMNS, ColumnRow.MAP, s);
        String expr = server.isMariaDb() || !server.atLeast(8, 0) ? "NULL" : "EXPRESSION";
        List<IndexRow> indexes = q.list("indexes", MySqlQueries.INDEXES.formatted(expr), IndexRow.MAP, s);
        List<ForeignKeyRow> fks = q.list("foreign keys", MySqlQueries.FOREIGN_KEYS, ForeignKeyRow.MAP, s);
        List<ForeignKeyColumnRow> fkColumns = q.list("foreign key columns", MySqlQueries.FOREIGN_KEY_COLUMNS,
                ForeignKeyColumnRow.MAP, s);
        List<CheckRow> checks = server.isMariaDb() || server.atLeast(8, 0)
                ? q.list("checks", server.isMariaDb() ? MySqlQueries.CHECKS_MARIADB : MySqlQueries.CHECKS_MYSQL, CheckRow.MAP, s)
                : List.of();
        String algorithm = server.isMariaDb() ? "ALGORITHM" : "'UNDEFINED'";
        List<ViewRow> views = q.list("views", MySqlQueries.VIEWS.formatted(algorithm), ViewRow.MAP, s);
        List<TriggerRow> triggers = q.list("triggers", MySqlQueries.TRIGGERS, TriggerRow.MAP, s);
        List<RoutineRow> routines = q.list("routines", MySqlQueries.ROUTINES, RoutineRow.MAP, s);
        List<ParameterRow> params = q.list("parameters", MySqlQueries.PARAMETERS, ParameterRow.MAP, s);
        List<PartitionRow> partitions = q.list("partitions", MySqlQueries.PARTITIONS, PartitionRow.MAP, s);
        List<String> sequenceNames = tables.stream().filter(t -> "SEQUENCE".equals(t.type())).map(TableRow::name).toList();
        List<SequenceRow> sequences = sequenceNames.isEmpty() ? List.of()
                : q.list("sequences", MySqlQueries.sequences(s, sequenceNames), SequenceRow.MAP);
        return assembler.schema(schema, tables, columns, indexes, fks, fkColumns, checks, views, triggers, routines, params,
                partitions, sequences, options);
    }
}
