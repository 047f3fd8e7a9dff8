package io.atlas4j.mysql.internal;

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
import java.util.List;

/** Everything the inspector read about one schema, one list per catalog query, for {@link MySqlAssembler}. */
public record MySqlSchemaRows(SchemaRow schema, List<TableRow> tables, List<ColumnRow> columns, List<IndexRow> indexes,
                              List<ForeignKeyRow> foreignKeys, List<ForeignKeyColumnRow> foreignKeyColumns, List<CheckRow> checks,
                              List<ViewRow> views, List<TriggerRow> triggers, List<RoutineRow> routines,
                              List<ParameterRow> parameters, List<EventRow> events, List<PartitionRow> partitions,
                              List<SequenceRow> sequences) {
}
