package io.atlas4j.mssql.internal;

import io.atlas4j.mssql.Clustered;
import io.atlas4j.mssql.Columnstore;
import io.atlas4j.mssql.DefaultName;
import io.atlas4j.mssql.Identity;
import io.atlas4j.mssql.IncludedColumns;
import io.atlas4j.mssql.Routine;
import io.atlas4j.mssql.SchemaBinding;
import io.atlas4j.mssql.Sequence;
import io.atlas4j.mssql.Sparse;
import io.atlas4j.mssql.UniqueConstraint;
import io.atlas4j.mssql.UserType;
import io.atlas4j.mssql.internal.MssqlRows.CheckRow;
import io.atlas4j.mssql.internal.MssqlRows.ColumnRow;
import io.atlas4j.mssql.internal.MssqlRows.ForeignKeyRow;
import io.atlas4j.mssql.internal.MssqlRows.IndexRow;
import io.atlas4j.mssql.internal.MssqlRows.ModuleRow;
import io.atlas4j.mssql.internal.MssqlRows.SequenceRow;
import io.atlas4j.mssql.internal.MssqlRows.TableRow;
import io.atlas4j.mssql.internal.MssqlRows.TypeRow;
import io.atlas4j.mssql.internal.MssqlRows.ViewRow;
import io.atlas4j.schema.Attrs;
import io.atlas4j.schema.Check;
import io.atlas4j.schema.Collation;
import io.atlas4j.schema.Column;
import io.atlas4j.schema.Comment;
import io.atlas4j.schema.Expr;
import io.atlas4j.schema.ForeignKey;
import io.atlas4j.schema.Generated;
import io.atlas4j.schema.Index;
import io.atlas4j.schema.IndexPart;
import io.atlas4j.schema.IndexPredicate;
import io.atlas4j.schema.QualifiedName;
import io.atlas4j.schema.RawExpr;
import io.atlas4j.schema.Realm;
import io.atlas4j.schema.ReferenceAction;
import io.atlas4j.schema.Schema;
import io.atlas4j.schema.SchemaObject;
import io.atlas4j.schema.Table;
import io.atlas4j.schema.Trigger;
import io.atlas4j.schema.View;
import io.atlas4j.schema.type.ColumnType;
import io.atlas4j.schema.type.UnsupportedType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** Turns the rows of one inspection into the model. Pure: recorded rows in, schemas out. */
public final class MssqlAssembler {
    private MssqlAssembler() {
    }

    /** {@return the schemas {@code wanted} accepts, with their tables, views and objects} */
    public static Realm assemble(MssqlCatalog cat, Predicate<String> wanted, Predicate<String> tableWanted) {
        Map<String, Map<String, TableParts>> tables = new LinkedHashMap<>();
        for (TableRow r : cat.tables()) {
            if (!wanted.test(r.schema()) || !tableWanted.test(r.name())) continue;
            tables.computeIfAbsent(r.schema(), k -> new LinkedHashMap<>()).put(r.name(), new TableParts(r));
        }
        for (ColumnRow r : cat.columns()) part(tables, r.schema(), r.table()).ifPresent(p -> p.columns.add(column(r)));
        Map<String, List<IndexRow>> indexRows = new LinkedHashMap<>();
        for (IndexRow r : cat.indexes()) indexRows.computeIfAbsent(r.schema() + "\u0000" + r.table() + "\u0000" + r.name(), k -> new ArrayList<>()).add(r);
        for (List<IndexRow> rows : indexRows.values()) {
            IndexRow h = rows.get(0);
            Optional<TableParts> p = part(tables, h.schema(), h.table());
            if (p.isEmpty()) continue;
            Index idx = index(rows);
            if (h.primaryKey()) p.get().primaryKey = Optional.of(idx);
            else p.get().indexes.add(idx);
        }
        Map<String, List<ForeignKeyRow>> fkRows = new LinkedHashMap<>();
        for (ForeignKeyRow r : cat.foreignKeys()) fkRows.computeIfAbsent(r.schema() + "\u0000" + r.table() + "\u0000" + r.name(), k -> new ArrayList<>()).add(r);
        for (List<ForeignKeyRow> rows : fkRows.values()) {
            ForeignKeyRow h = rows.get(0);
            part(tables, h.schema(), h.table()).ifPresent(p -> p.foreignKeys.add(foreignKey(rows)));
        }
        for (CheckRow r : cat.checks()) part(tables, r.schema(), r.table()).ifPresent(p -> p.checks.add(new Check(r.name(), r.definition(), Attrs.EMPTY)));

        Map<String, List<View>> views = new LinkedHashMap<>();
        for (ViewRow r : cat.views()) {
            if (!wanted.test(r.schema())) continue;
            views.computeIfAbsent(r.schema(), k -> new ArrayList<>()).add(view(r));
        }
        Map<String, List<SchemaObject>> objects = new LinkedHashMap<>();
        for (ModuleRow r : cat.modules()) {
            if (!wanted.test(r.schema())) continue;
            String def = TsqlInterpreter.definition(new TsqlStatement(List.of(), r.definition() == null ? "" : r.definition(), 1));
            String type = r.type().trim();
            SchemaObject o = type.equals("TR") ? new Trigger(r.name(), r.table() == null ? "" : r.table(), def, Attrs.EMPTY)
                    : new Routine(type.equals("P") ? "procedure" : "function", r.name(), def, Attrs.EMPTY);
            objects.computeIfAbsent(r.schema(), k -> new ArrayList<>()).add(o);
        }
        for (SequenceRow r : cat.sequences()) {
            if (!wanted.test(r.schema())) continue;
            long cache = !r.cached() ? 0 : r.cacheSize() == null ? -1 : r.cacheSize();
            objects.computeIfAbsent(r.schema(), k -> new ArrayList<>()).add(new Sequence(r.name(), r.type(), r.start(), r.increment(),
                    r.min(), r.max(), r.cycle(), cache, Attrs.EMPTY));
        }
        for (TypeRow r : cat.types()) {
            if (!wanted.test(r.schema())) continue;
            String base = MssqlTypes.INSTANCE.format(MssqlTypes.INSTANCE.fromCatalog(r.baseType(), r.maxLength(), r.precision(), r.scale()));
            objects.computeIfAbsent(r.schema(), k -> new ArrayList<>()).add(new UserType(r.name(), base, r.nullable(), Attrs.EMPTY));
        }
        List<Schema> out = new ArrayList<>();
        for (var s : cat.schemas()) {
            if (!wanted.test(s.name())) continue;
            List<Table> ts = new ArrayList<>();
            for (TableParts p : tables.getOrDefault(s.name(), Map.of()).values()) ts.add(p.build());
            List<View> vs = withDependencies(views.getOrDefault(s.name(), List.of()), ts);
            out.add(new Schema(s.name(), ts, vs, objects.getOrDefault(s.name(), List.of()), Attrs.EMPTY));
        }
        return new Realm(out, Attrs.EMPTY);
    }

    private static List<View> withDependencies(List<View> views, List<Table> tables) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Table t : tables) names.put(t.name().toLowerCase(java.util.Locale.ROOT), t.name());
        for (View v : views) names.put(v.name().toLowerCase(java.util.Locale.ROOT), v.name());
        List<View> out = new ArrayList<>();
        for (View v : views) {
            List<QualifiedName> deps = new ArrayList<>();
            for (Token k : TsqlLexer.tokens(v.definition())) {
                String n = k.isIdent() ? names.get(k.name().toLowerCase(java.util.Locale.ROOT)) : null;
                if (n != null && !n.equalsIgnoreCase(v.name()) && deps.stream().noneMatch(d -> d.name().equals(n))) deps.add(QualifiedName.of(n));
            }
            out.add(new View(v.name(), v.definition(), deps, v.attrs()));
        }
        return out;
    }

    private static Optional<TableParts> part(Map<String, Map<String, TableParts>> tables, String schema, String table) {
        return Optional.ofNullable(tables.getOrDefault(schema, Map.of()).get(table));
    }

    /** {@return a column as the catalog describes it} */
    static Column column(ColumnRow r) {
        ColumnType type = r.userDefined() ? new UnsupportedType(r.typeName())
                : MssqlTypes.INSTANCE.fromCatalog(r.typeName(), r.maxLength(), r.precision(), r.scale());
        Attrs attrs = Attrs.EMPTY;
        if (r.identity()) attrs = attrs.with(new Identity(r.seed() == null ? 1 : r.seed(), r.increment() == null ? 1 : r.increment()));
        if (r.computed() != null) attrs = attrs.with(new Generated(r.computed(), r.persisted()));
        if (r.sparse()) attrs = attrs.with(new Sparse());
        if (r.collation() != null && !r.collation().equalsIgnoreCase(r.databaseCollation() == null ? "" : r.databaseCollation())) {
            attrs = attrs.with(new Collation(r.collation()));
        }
        if (r.defaultName() != null) attrs = attrs.with(new DefaultName(r.defaultName()));
        if (r.comment() != null) attrs = attrs.with(new Comment(r.comment()));
        Optional<Expr> def = r.defaultDefinition() == null || Tsql.fold(r.defaultDefinition()).equals("null") ? Optional.empty()
                : Optional.of(new RawExpr(r.defaultDefinition()));
        return new Column(r.name(), type, r.nullable(), def, attrs);
    }

    /** {@return an index from its rows, key columns first in key order, then included columns} */
    static Index index(List<IndexRow> rows) {
        IndexRow h = rows.get(0);
        List<IndexPart> parts = new ArrayList<>();
        List<String> included = new ArrayList<>();
        for (IndexRow r : rows) {
            if (r.included() || (r.type() >= 5 && r.keyOrdinal() == 0)) included.add(r.column());
            else parts.add(new IndexPart.OfColumn(r.column(), r.descending(), Attrs.EMPTY));
        }
        Attrs attrs = Attrs.EMPTY;
        if (h.type() == 5 || h.type() == 6) {
            attrs = attrs.with(new Columnstore(h.type() == 5));
            if (parts.isEmpty()) {
                for (String c : included) parts.add(new IndexPart.OfColumn(c, false, Attrs.EMPTY));
                included.clear();
            }
        } else if (h.type() == 1) {
            attrs = attrs.with(new Clustered());
        }
        if (!included.isEmpty()) attrs = attrs.with(new IncludedColumns(included));
        if (h.filter() != null) attrs = attrs.with(new IndexPredicate(h.filter()));
        if (h.uniqueConstraint()) attrs = attrs.with(new UniqueConstraint());
        return new Index(h.name(), h.unique(), parts, attrs);
    }

    static ForeignKey foreignKey(List<ForeignKeyRow> rows) {
        ForeignKeyRow h = rows.get(0);
        List<String> cols = new ArrayList<>();
        List<String> refs = new ArrayList<>();
        for (ForeignKeyRow r : rows) {
            cols.add(r.column());
            refs.add(r.refColumn());
        }
        QualifiedName ref = QualifiedName.of(h.refSchema().equals(h.schema()) ? null : h.refSchema(), h.refTable());
        return new ForeignKey(h.name(), cols, ref, refs, action(h.onUpdate()), action(h.onDelete()), Attrs.EMPTY);
    }

    /** {@return the action of sys.foreign_keys' *_referential_action_desc (NO_ACTION, CASCADE, SET_NULL, SET_DEFAULT)} */
    static ReferenceAction action(String desc) {
        return desc == null ? ReferenceAction.NO_ACTION : ReferenceAction.fromSql(desc);
    }

    /** {@return a view: its query is what follows AS in the stored CREATE VIEW} */
    static View view(ViewRow r) {
        String def = r.definition() == null ? "" : r.definition();
        TsqlStatement st = new TsqlStatement(TsqlLexer.tokens(def), def, 1);
        Cursor c = new Cursor(st, "sys.sql_modules");
        String body = def;
        if (c.accept("CREATE") || c.accept("ALTER")) {
            if (c.accept("OR")) c.accept("ALTER");
            c.accept("VIEW");
            c.qname();
            if (c.peek().sym("(")) c.skipGroup();
            if (c.accept("WITH")) while (!c.done() && !c.peek().is("AS")) c.next();
            if (c.accept("AS")) body = TsqlInterpreter.viewBody(c.text(c.pos, c.tokens().size()));
        }
        return new View(r.name(), body, List.of(), r.schemaBound() ? Attrs.of(new SchemaBinding()) : Attrs.EMPTY);
    }

    /** One table while its rows are gathered. */
    private static final class TableParts {
        final TableRow row;
        final List<Column> columns = new ArrayList<>();
        final List<Index> indexes = new ArrayList<>();
        final List<ForeignKey> foreignKeys = new ArrayList<>();
        final List<Check> checks = new ArrayList<>();
        Optional<Index> primaryKey = Optional.empty();

        TableParts(TableRow row) {
            this.row = row;
        }

        Table build() {
            Attrs attrs = row.comment() == null ? Attrs.EMPTY : Attrs.of(new Comment(row.comment()));
            return new Table(row.name(), columns, primaryKey, indexes, foreignKeys, checks, attrs);
        }
    }
}
