package io.atlas4j.mysql.internal;

import io.atlas4j.inspect.InspectOptions;
import io.atlas4j.mysql.AutoIncrement;
import io.atlas4j.mysql.ColumnCheck;
import io.atlas4j.mysql.DisplayWidth;
import io.atlas4j.mysql.Engine;
import io.atlas4j.mysql.Event;
import io.atlas4j.mysql.IndexComment;
import io.atlas4j.mysql.IndexType;
import io.atlas4j.mysql.KeyBlockSize;
import io.atlas4j.mysql.OnUpdate;
import io.atlas4j.mysql.Routine;
import io.atlas4j.mysql.RowFormat;
import io.atlas4j.mysql.Sequence;
import io.atlas4j.mysql.ServerInfo;
import io.atlas4j.mysql.SubPart;
import io.atlas4j.mysql.TableAutoIncrement;
import io.atlas4j.mysql.ViewOptions;
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
import io.atlas4j.schema.Attrs;
import io.atlas4j.schema.Charset;
import io.atlas4j.schema.Check;
import io.atlas4j.schema.Collation;
import io.atlas4j.schema.Column;
import io.atlas4j.schema.Comment;
import io.atlas4j.schema.DependsOn;
import io.atlas4j.schema.Expr;
import io.atlas4j.schema.Exprs;
import io.atlas4j.schema.ForeignKey;
import io.atlas4j.schema.Generated;
import io.atlas4j.schema.Index;
import io.atlas4j.schema.IndexPart;
import io.atlas4j.schema.Literal;
import io.atlas4j.schema.QualifiedName;
import io.atlas4j.schema.RawExpr;
import io.atlas4j.schema.ReferenceAction;
import io.atlas4j.schema.Schema;
import io.atlas4j.schema.SchemaObject;
import io.atlas4j.schema.Table;
import io.atlas4j.schema.Trigger;
import io.atlas4j.schema.View;
import io.atlas4j.schema.type.ColumnType;
import io.atlas4j.schema.type.JsonType;
import io.atlas4j.schema.type.StringType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns catalog rows into the model. Pure: no JDBC here, so it is unit-testable. */
public final class MySqlAssembler {
    private static final Pattern ROW_FORMAT = Pattern.compile("(?i)row_format=(\\w+)");
    private static final Pattern KEY_BLOCK_SIZE = Pattern.compile("(?i)key_block_size=(\\d+)");
    private static final Pattern IDENT = Pattern.compile("`((?:[^`]|``)+)`");
    private static final Pattern NOW = Pattern.compile("(?i)(current_timestamp|now|localtimestamp|localtime)\\s*(?:\\(\\s*(\\d*)\\s*\\))?");
    private final ServerInfo server;
    private final MySqlTypes types;

    public MySqlAssembler(ServerInfo server, MySqlTypes types) {
        this.server = server;
        this.types = types;
    }

    public Schema schema(MySqlSchemaRows rows, InspectOptions options) {
        SchemaRow schema = rows.schema();
        String s = schema.name();
        Map<String, List<ColumnRow>> cols = group(unqualifiedColumns(s, rows.columns()), ColumnRow::table);
        Map<String, List<IndexRow>> idx = group(unqualifiedIndexes(s, rows.indexes()), IndexRow::table);
        Map<String, List<CheckRow>> chk = group(unqualifiedChecks(s, rows.checks()), CheckRow::table);
        Map<String, List<PartitionRow>> parts = group(rows.partitions(), PartitionRow::table);
        Map<String, List<ForeignKey>> fks = foreignKeys(s, rows.foreignKeys(), rows.foreignKeyColumns());
        List<Table> tables = new ArrayList<>();
        List<TableRow> tableRows = new ArrayList<>(rows.tables());
        tableRows.sort(BY_NAME);
        for (TableRow t : tableRows) {
            if (!"BASE TABLE".equals(t.type()) || !options.includesTable(t.name())) continue;
            tables.add(table(t, cols.getOrDefault(t.name(), List.of()), idx.getOrDefault(t.name(), List.of()),
                    fks.getOrDefault(t.name(), List.of()), chk.getOrDefault(t.name(), List.of()),
                    parts.getOrDefault(t.name(), List.of())));
        }
        Set<String> relations = new HashSet<>();
        for (TableRow t : rows.tables()) relations.add(t.name());
        List<View> views = new ArrayList<>();
        for (ViewRow v : rows.views()) views.add(view(s, v, relations));
        List<SchemaObject> objects = new ArrayList<>();
        for (TriggerRow t : rows.triggers()) objects.add(trigger(t));
        Map<String, List<ParameterRow>> params = group(rows.parameters(), p -> p.routineType() + "\u0000" + p.routine());
        for (RoutineRow r : rows.routines()) objects.add(routine(r, params.getOrDefault(r.type() + "\u0000" + r.name(), List.of())));
        for (EventRow e : rows.events()) objects.add(event(e));
        for (SequenceRow q : rows.sequences()) {
            objects.add(new Sequence(q.name(), q.start(), q.min(), q.max(), q.increment(), q.cache(), q.cycle(), Attrs.EMPTY));
        }
        Attrs attrs = Attrs.EMPTY;
        if (schema.collation() != null) {
            attrs = attrs.with(new Charset(charset(schema.charset()))).with(new Collation(collation(schema.collation())));
        }
        return new Schema(s, tables, views, objects, attrs);
    }

    /** The order the catalog queries no longer sort in: names as the server's utf8 general collation would, ties by code point. */
    private static final java.util.Comparator<TableRow> BY_NAME = java.util.Comparator.comparing(TableRow::name, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(TableRow::name);

    Table table(TableRow t, List<ColumnRow> columnRows, List<IndexRow> indexRows, List<ForeignKey> fks, List<CheckRow> checkRows,
                List<PartitionRow> partitionRows) {
        // MariaDB spells JSON as LONGTEXT plus a column-level CHECK (json_valid(`c`)).
        Set<String> jsonColumns = new HashSet<>();
        Map<String, String> columnChecks = new HashMap<>();
        List<Check> checks = new ArrayList<>();
        for (CheckRow c : checkRows) {
            if ("Column".equalsIgnoreCase(c.level()) && c.clause().equals("json_valid(" + Sql.id(c.name()) + ")")) {
                jsonColumns.add(c.name());
            } else if ("Column".equalsIgnoreCase(c.level())) {
                columnChecks.put(c.name(), c.clause());
            } else {
                checks.add(new Check(c.name(), c.clause(), Attrs.EMPTY));
            }
        }
        List<Column> columns = new ArrayList<>();
        for (ColumnRow c : sorted(columnRows, java.util.Comparator.comparingInt(ColumnRow::position))) {
            Column col = column(c, jsonColumns.contains(c.name()));
            String check = columnChecks.get(c.name());
            columns.add(check == null ? col : col.withAttrs(col.attrs().with(new ColumnCheck(check))));
        }
        Optional<Index> pk = Optional.empty();
        List<Index> indexes = new ArrayList<>();
        Map<String, List<IndexRow>> byName = new java.util.TreeMap<>(group(indexRows, IndexRow::name));
        for (List<IndexRow> rows : byName.values()) {
            Index i = index(sorted(rows, java.util.Comparator.comparingInt(IndexRow::seq)));
            if (i.name().equals("PRIMARY")) pk = Optional.of(i);
            else indexes.add(i);
        }
        Attrs attrs = Attrs.EMPTY;
        if (t.engine() != null) attrs = attrs.with(new Engine(t.engine()));
        if (t.collation() != null) {
            String coll = collation(t.collation());
            attrs = attrs.with(new Collation(coll)).with(new Charset(charsetOf(coll)));
        }
        if (t.comment() != null && !t.comment().isEmpty()) attrs = attrs.with(new Comment(t.comment()));
        if (t.createOptions() != null) {
            Matcher m = ROW_FORMAT.matcher(t.createOptions());
            if (m.find()) attrs = attrs.with(new RowFormat(m.group(1).toUpperCase(Locale.ROOT)));
            Matcher k = KEY_BLOCK_SIZE.matcher(t.createOptions());
            if (k.find() && Integer.parseInt(k.group(1)) > 0) attrs = attrs.with(new KeyBlockSize(Integer.parseInt(k.group(1))));
        }
        if (t.autoIncrement() != null && t.autoIncrement() > 1) attrs = attrs.with(new TableAutoIncrement(t.autoIncrement()));
        if (!partitionRows.isEmpty()) attrs = attrs.with(MySqlPartitions.of(partitionRows));
        return new Table(t.name(), columns, pk, indexes, fks, checks, attrs);
    }

    Column column(ColumnRow c, boolean json) {
        ColumnType type = json ? new JsonType("json") : types.parse(c.columnType());
        String extra = c.extra().toLowerCase(Locale.ROOT);
        Attrs attrs = Attrs.EMPTY;
        Optional<Expr> def = Optional.empty();
        boolean generated = c.generationExpr() != null && !c.generationExpr().isEmpty()
                && (extra.contains("virtual") || extra.contains("stored") || extra.contains("persistent"));
        if (generated) {
            attrs = attrs.with(new Generated(c.generationExpr(), extra.contains("stored") || extra.contains("persistent")));
        } else {
            def = defaultValue(c, type, extra);
        }
        if (!json && c.collation() != null) {
            String coll = collation(c.collation());
            attrs = attrs.with(new Collation(coll)).with(new Charset(charsetOf(coll)));
        }
        if (!json) {
            var width = types.displayWidth(c.columnType(), type);
            if (width.isPresent()) attrs = attrs.with(new DisplayWidth(width.getAsInt()));
        }
        if (extra.contains("auto_increment")) attrs = attrs.with(new AutoIncrement());
        int on = extra.indexOf("on update ");
        if (on >= 0) attrs = attrs.with(new OnUpdate(now(c.extra().substring(on + 10).trim())));
        if (!c.comment().isEmpty()) attrs = attrs.with(new Comment(c.comment()));
        List<QualifiedName> sequences = def.isPresent() ? MySqlQualifiers.sequencesRead(def.get().sql()) : List.of();
        if (!sequences.isEmpty()) attrs = attrs.with(new DependsOn(sequences)); // the sequence must exist before the default
        // MariaDB reports generated columns as nullable and refuses NOT NULL on them.
        boolean nullable = c.nullable() || generated && server.isMariaDb();
        return new Column(c.name(), type, nullable, def, attrs);
    }

    private Optional<Expr> defaultValue(ColumnRow c, ColumnType type, String extra) {
        String d = c.defaultValue();
        if (d == null) return Optional.empty();
        if (server.isMariaDb()) {
            // MariaDB 10.2.7+: literals are quoted, NULL is the word NULL, expressions are bare.
            if (d.equalsIgnoreCase("NULL")) return Optional.empty();
            if (MySqlDiffHooks.isNumber(d)) return Optional.of(new Literal(d)); // the common case, without Exprs' regex
            Expr e = Exprs.of(d);
            return Optional.of(e instanceof RawExpr ? new RawExpr(now(d)) : e);
        }
        if (extra.contains("default_generated")) {
            String n = now(d);
            return Optional.of(new RawExpr(n.startsWith("current_timestamp") ? n : "(" + d + ")"));
        }
        if (type instanceof StringType || type instanceof io.atlas4j.schema.type.EnumType
                || type instanceof io.atlas4j.schema.type.TimeType || type instanceof io.atlas4j.schema.type.BinaryType) {
            return Optional.of(new Literal(Sql.str(d)));
        }
        return Optional.of(Exprs.of(d));
    }

    /** {@return CURRENT_TIMESTAMP and its synonyms in one spelling: {@code current_timestamp} or {@code current_timestamp(3)}} */
    public static String now(String expr) {
        String e = expr.trim();
        if (e.isEmpty()) return e;
        char first = Character.toLowerCase(e.charAt(0));
        if (first != 'c' && first != 'n' && first != 'l') return e; // not one of the synonyms: no regex needed
        Matcher m = NOW.matcher(e);
        if (!m.matches()) return e;
        String fsp = m.group(2);
        return fsp == null || fsp.isEmpty() || fsp.equals("0") ? "current_timestamp()" : "current_timestamp(" + fsp + ")";
    }

    private Index index(List<IndexRow> rows) {
        IndexRow first = rows.get(0);
        List<IndexPart> parts = new ArrayList<>();
        for (IndexRow r : rows) {
            boolean desc = "D".equals(r.collation());
            // SPATIAL indexes report an internal 32-byte prefix that cannot be written back.
            boolean spatial = "SPATIAL".equalsIgnoreCase(r.type());
            Attrs a = r.subPart() != null && !spatial ? Attrs.of(new SubPart(r.subPart())) : Attrs.EMPTY;
            if (r.column() == null && r.expr() != null) parts.add(new IndexPart.OfExpr(r.expr(), desc, a));
            else parts.add(new IndexPart.OfColumn(r.column(), desc, a));
        }
        Attrs attrs = Attrs.EMPTY;
        String type = first.type() == null ? "BTREE" : first.type().toUpperCase(Locale.ROOT);
        if (type.equals("FULLTEXT") || type.equals("SPATIAL") || type.equals("HASH")) attrs = attrs.with(new IndexType(type));
        if (!first.comment().isEmpty()) attrs = attrs.with(new IndexComment(first.comment()));
        return new Index(first.name(), first.unique(), parts, attrs);
    }

    private static Map<String, List<ForeignKey>> foreignKeys(String schema, List<ForeignKeyRow> fkRows, List<ForeignKeyColumnRow> columnRows) {
        Map<String, List<ForeignKeyColumnRow>> cols = group(columnRows, r -> r.table() + "\u0000" + r.name());
        Map<String, List<ForeignKey>> out = new LinkedHashMap<>();
        for (ForeignKeyRow f : fkRows) {
            List<ForeignKeyColumnRow> c = cols.getOrDefault(f.table() + "\u0000" + f.name(), List.of());
            if (c.isEmpty()) continue;
            ForeignKeyColumnRow first = c.get(0);
            QualifiedName ref = first.refSchema() == null || first.refSchema().equals(schema)
                    ? QualifiedName.of(first.refTable()) : QualifiedName.of(first.refSchema(), first.refTable());
            ForeignKey fk = new ForeignKey(f.name(), c.stream().map(ForeignKeyColumnRow::column).toList(), ref,
                    c.stream().map(ForeignKeyColumnRow::refColumn).toList(), ReferenceAction.fromSql(f.onUpdate()),
                    ReferenceAction.fromSql(f.onDelete()), Attrs.EMPTY);
            out.computeIfAbsent(f.table(), k -> new ArrayList<>()).add(fk);
        }
        for (List<ForeignKey> l : out.values()) l.sort(java.util.Comparator.comparing(ForeignKey::name));
        return out;
    }

    private View view(String schema, ViewRow v, Set<String> relations) {
        String def = unqualify(schema, v.definition());
        List<QualifiedName> deps = new ArrayList<>();
        Matcher m = IDENT.matcher(def);
        Set<String> seen = new HashSet<>();
        while (m.find()) {
            String n = m.group(1).replace("``", "`");
            if (!n.equals(v.name()) && relations.contains(n) && seen.add(n)) deps.add(QualifiedName.of(n));
        }
        ViewOptions o = new ViewOptions(v.algorithm().isEmpty() ? "UNDEFINED" : v.algorithm().toUpperCase(Locale.ROOT),
                v.security().isEmpty() ? "DEFINER" : v.security().toUpperCase(Locale.ROOT),
                v.checkOption().isEmpty() ? "NONE" : v.checkOption().toUpperCase(Locale.ROOT));
        return new View(v.name(), def, deps, o.equals(ViewOptions.DEFAULTS) ? Attrs.EMPTY : Attrs.of(o));
    }

    /** Removes this schema's qualifier from a view body, so that a dev database and the target agree. */
    public static String unqualify(String schema, String sql) {
        return MySqlQualifiers.unqualify(schema, sql);
    }

    // The rows carrying expressions, with this schema's own qualifier removed (MySqlQualifiers); unchanged rows are kept.

    private static List<ColumnRow> unqualifiedColumns(String s, List<ColumnRow> rows) {
        List<ColumnRow> out = new ArrayList<>(rows.size());
        for (ColumnRow c : rows) {
            String d = MySqlQualifiers.unqualify(s, c.defaultValue());
            String g = MySqlQualifiers.unqualify(s, c.generationExpr());
            out.add(d == c.defaultValue() && g == c.generationExpr() ? c : new ColumnRow(c.table(), c.name(), c.position(), d,
                    c.nullable(), c.columnType(), c.charset(), c.collation(), c.extra(), c.comment(), g));
        }
        return out;
    }

    private static List<IndexRow> unqualifiedIndexes(String s, List<IndexRow> rows) {
        List<IndexRow> out = new ArrayList<>(rows.size());
        for (IndexRow r : rows) {
            String e = MySqlQualifiers.unqualify(s, r.expr());
            out.add(e == r.expr() ? r : new IndexRow(r.table(), r.name(), r.unique(), r.seq(), r.column(), r.subPart(), r.collation(),
                    r.type(), r.comment(), e));
        }
        return out;
    }

    private static List<CheckRow> unqualifiedChecks(String s, List<CheckRow> rows) {
        List<CheckRow> out = new ArrayList<>(rows.size());
        for (CheckRow r : rows) {
            String c = MySqlQualifiers.unqualify(s, r.clause());
            out.add(c == r.clause() ? r : new CheckRow(r.table(), r.name(), c, r.level()));
        }
        return out;
    }

    private static Trigger trigger(TriggerRow t) {
        String def = "CREATE TRIGGER " + Sql.id(t.name()) + " " + t.timing() + " " + t.event() + " ON " + Sql.id(t.table())
                + " FOR EACH ROW " + t.statement();
        return new Trigger(t.name(), t.table(), def, Attrs.EMPTY);
    }

    /** {@return the event as the server keeps it; a STARTS that is only the moment of definition is left out} */
    static Event event(EventRow e) {
        StringBuilder schedule = new StringBuilder();
        if ("ONE TIME".equalsIgnoreCase(e.type())) {
            schedule.append("AT ").append(Sql.str(e.executeAt()));
        } else {
            schedule.append("EVERY ").append(e.intervalValue()).append(' ').append(e.intervalField());
            if (e.starts() != null && !e.startsWhenDefined()) schedule.append(" STARTS ").append(Sql.str(e.starts()));
            if (e.ends() != null) schedule.append(" ENDS ").append(Sql.str(e.ends()));
        }
        String status = switch (e.status().toUpperCase(Locale.ROOT)) {
            case "ENABLED" -> "ENABLE";
            case "DISABLED" -> "DISABLE";
            default -> "DISABLE ON SLAVE"; // SLAVESIDE_DISABLED (MariaDB), REPLICA_SIDE_DISABLED (MySQL 8.4)
        };
        return new Event(e.name(), schedule.toString(), status, e.onCompletion().equalsIgnoreCase("PRESERVE"), e.comment(), e.body(),
                Attrs.EMPTY);
    }

    private static Routine routine(RoutineRow r, List<ParameterRow> params) {
        boolean function = r.type().equalsIgnoreCase("FUNCTION");
        StringBuilder sb = new StringBuilder("CREATE ").append(function ? "FUNCTION " : "PROCEDURE ").append(Sql.id(r.name())).append('(');
        for (int i = 0; i < params.size(); i++) {
            ParameterRow p = params.get(i);
            if (i > 0) sb.append(", ");
            if (!function && p.mode() != null) sb.append(p.mode()).append(' ');
            sb.append(Sql.id(p.name())).append(' ').append(p.type());
        }
        sb.append(')');
        if (function) sb.append(" RETURNS ").append(r.returns());
        sb.append('\n').append("YES".equalsIgnoreCase(r.deterministic()) ? "DETERMINISTIC" : "NOT DETERMINISTIC");
        if (!r.dataAccess().isEmpty()) sb.append('\n').append(r.dataAccess());
        if (!r.security().isEmpty()) sb.append("\nSQL SECURITY ").append(r.security());
        if (!r.comment().isEmpty()) sb.append("\nCOMMENT ").append(Sql.str(r.comment()));
        sb.append('\n').append(r.body());
        return new Routine(function ? "function" : "procedure", r.name(), sb.toString(), Attrs.EMPTY);
    }

    /** {@return the collation in one spelling: MySQL 8.0.30+ and MariaDB 10.6+ say utf8mb3 where older servers say utf8} */
    public static String collation(String c) {
        String l = c.toLowerCase(Locale.ROOT);
        return l.startsWith("utf8_") ? "utf8mb3_" + l.substring(5) : l;
    }

    public static String charset(String c) {
        String l = c == null ? "" : c.toLowerCase(Locale.ROOT);
        return l.equals("utf8") ? "utf8mb3" : l;
    }

    /** {@return the character set a collation belongs to (its name up to the first underscore)} */
    public static String charsetOf(String collation) {
        int u = collation.indexOf('_');
        return charset(u < 0 ? collation : collation.substring(0, u));
    }

    /** {@return the rows in order; the same list when they already are, as the catalog mostly returns them} */
    private static <T> List<T> sorted(List<T> rows, java.util.Comparator<T> order) {
        for (int i = 1; i < rows.size(); i++) {
            if (order.compare(rows.get(i - 1), rows.get(i)) > 0) {
                List<T> copy = new ArrayList<>(rows);
                copy.sort(order);
                return copy;
            }
        }
        return rows;
    }

    private static <T> Map<String, List<T>> group(List<T> rows, java.util.function.Function<T, String> key) {
        Map<String, List<T>> m = new LinkedHashMap<>();
        for (T r : rows) m.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r);
        return m;
    }
}
