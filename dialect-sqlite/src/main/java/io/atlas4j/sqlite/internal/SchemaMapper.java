package io.atlas4j.sqlite.internal;

import io.atlas4j.schema.Attrs;
import io.atlas4j.schema.Check;
import io.atlas4j.schema.Collation;
import io.atlas4j.schema.Column;
import io.atlas4j.schema.Deferrable;
import io.atlas4j.schema.Exprs;
import io.atlas4j.schema.ForeignKey;
import io.atlas4j.schema.Generated;
import io.atlas4j.schema.Index;
import io.atlas4j.schema.IndexPart;
import io.atlas4j.schema.IndexPredicate;
import io.atlas4j.schema.QualifiedName;
import io.atlas4j.schema.ReferenceAction;
import io.atlas4j.schema.Schema;
import io.atlas4j.schema.SchemaObject;
import io.atlas4j.schema.Table;
import io.atlas4j.schema.Trigger;
import io.atlas4j.schema.View;
import io.atlas4j.sqlite.SqliteAutoincrement;
import io.atlas4j.sqlite.SqliteOnConflict;
import io.atlas4j.sqlite.SqliteStrict;
import io.atlas4j.sqlite.SqliteUniqueConstraint;
import io.atlas4j.sqlite.SqliteVirtualTable;
import io.atlas4j.sqlite.SqliteWithoutRowId;
import io.atlas4j.sqlite.internal.CatalogRows.ColumnRow;
import io.atlas4j.sqlite.internal.CatalogRows.ForeignKeyRow;
import io.atlas4j.sqlite.internal.CatalogRows.IndexRow;
import io.atlas4j.sqlite.internal.CatalogRows.ObjectRow;
import io.atlas4j.sqlite.internal.CatalogRows.TableRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/** Turns catalog rows into the schema model. Pure: no database access, so it is unit-testable. */
public final class SchemaMapper {
    private SchemaMapper() {
    }

    public static Schema map(String schemaName, CatalogRows rows, Predicate<String> includeTable) {
        Map<String, List<ColumnRow>> columns = group(rows.columns(), ColumnRow::table);
        Map<String, List<IndexRow>> indexes = group(rows.indexes(), IndexRow::table);
        Map<String, List<ForeignKeyRow>> fks = group(rows.foreignKeys(), ForeignKeyRow::table);
        List<Table> tables = new ArrayList<>();
        List<SchemaObject> objects = new ArrayList<>();
        for (TableRow t : rows.tables()) {
            if (!includeTable.test(t.name())) continue;
            if (t.virtual()) {
                objects.add(new SqliteVirtualTable(t.name(), t.sql(), Attrs.EMPTY));
                continue;
            }
            tables.add(table(t, columns.getOrDefault(t.name(), List.of()), indexes.getOrDefault(t.name(), List.of()),
                    fks.getOrDefault(t.name(), List.of())));
        }
        Map<String, String> names = new HashMap<>();
        for (Table t : tables) names.put(t.name().toLowerCase(Locale.ROOT), t.name());
        for (ObjectRow o : rows.objects()) if (o.type().equals("view")) names.put(o.name().toLowerCase(Locale.ROOT), o.name());
        List<View> views = new ArrayList<>();
        for (ObjectRow o : rows.objects()) {
            if (o.type().equals("view")) {
                List<QualifiedName> deps = new ArrayList<>();
                for (String id : ViewSql.identifiers(o.sql())) {
                    String n = names.get(id);
                    if (n != null && !n.equalsIgnoreCase(o.name())) deps.add(QualifiedName.of(n));
                }
                views.add(new View(o.name(), o.sql(), deps, Attrs.EMPTY));
            } else if (includeTable.test(o.table())) {
                objects.add(new Trigger(o.name(), o.table(), o.sql(), Attrs.EMPTY));
            }
        }
        return new Schema(schemaName, tables, views, objects, Attrs.EMPTY);
    }

    static Table table(TableRow row, List<ColumnRow> columnRows, List<IndexRow> indexRows, List<ForeignKeyRow> fkRows) {
        CreateTableSql parsed = CreateTableSql.parse(row.sql() == null ? "" : row.sql());
        List<Column> columns = new ArrayList<>();
        Map<String, String> collations = new HashMap<>();
        columnRows = sorted(columnRows, Comparator.comparingInt(ColumnRow::cid));
        for (int k = 0; k < columnRows.size(); k++) {
            ColumnRow c = columnRows.get(k);
            if (c.hidden() == 1) continue;
            Optional<CreateTableSql.ColumnDef> def = parsed.column(c.name(), k);
            Attrs attrs = Attrs.EMPTY;
            Optional<String> collation = def.flatMap(CreateTableSql.ColumnDef::collation);
            if (collation.isPresent()) attrs = attrs.with(new Collation(collation.get()));
            collations.put(c.name().toLowerCase(Locale.ROOT), collation.orElse("BINARY"));
            Optional<String> conflict = def.flatMap(CreateTableSql.ColumnDef::notNullConflict);
            if (c.notNull() && conflict.isPresent()) attrs = attrs.with(new SqliteOnConflict(conflict.get()));
            if (c.hidden() == 2 || c.hidden() == 3) {
                attrs = attrs.with(new Generated(def.flatMap(CreateTableSql.ColumnDef::generated).orElse(""), c.hidden() == 3));
            }
            Optional<io.atlas4j.schema.Expr> dflt = c.defaultValue() == null || c.hidden() != 0
                    ? Optional.empty() : Optional.of(Exprs.of(c.defaultValue()));
            columns.add(new Column(c.name(), SqliteTypes.INSTANCE.parse(c.type() == null ? "" : c.type()), !c.notNull(), dflt, attrs));
        }
        // Oldest index first (pragma_index_list numbers the newest 0), parts in key order.
        List<List<IndexRow>> byIndex = new ArrayList<>(group(indexRows, IndexRow::index).values());
        byIndex.sort(Comparator.comparingInt((List<IndexRow> l) -> l.get(0).seq()).reversed());
        Map<String, Boolean> pkDesc = new HashMap<>();
        List<Index> indexes = new ArrayList<>();
        for (List<IndexRow> unsorted : byIndex) {
            List<IndexRow> parts = sorted(unsorted, Comparator.comparingInt(IndexRow::seqno));
            IndexRow first = parts.get(0);
            if (first.origin().equals("pk")) {
                for (IndexRow p : parts) if (p.column() != null) pkDesc.put(p.column().toLowerCase(Locale.ROOT), p.desc());
                continue;
            }
            Index index = index(first, parts, collations);
            if (first.origin().equals("u")) {
                Optional<String> conflict = index.columnNames().flatMap(parsed::unique).flatMap(CreateTableSql.UniqueDef::conflict);
                if (conflict.isPresent()) index = index.withAttrs(index.attrs().with(new SqliteOnConflict(conflict.get())));
            }
            indexes.add(index);
        }
        Optional<Index> pk = Optional.empty();
        List<ColumnRow> pkCols = columnRows.stream().filter(c -> c.pk() > 0).sorted(Comparator.comparingInt(ColumnRow::pk)).toList();
        if (!pkCols.isEmpty()) {
            List<IndexPart> parts = new ArrayList<>();
            for (ColumnRow c : pkCols) {
                parts.add(new IndexPart.OfColumn(c.name(), pkDesc.getOrDefault(c.name().toLowerCase(Locale.ROOT), false), Attrs.EMPTY));
            }
            Attrs pkAttrs = parsed.autoincrement() ? Attrs.of(new SqliteAutoincrement()) : Attrs.EMPTY;
            if (parsed.primaryKeyConflict().isPresent()) pkAttrs = pkAttrs.with(new SqliteOnConflict(parsed.primaryKeyConflict().get()));
            pk = Optional.of(new Index("", true, parts, pkAttrs));
        }
        Attrs attrs = Attrs.EMPTY;
        if (row.strict()) attrs = attrs.with(new SqliteStrict());
        if (row.withoutRowId()) attrs = attrs.with(new SqliteWithoutRowId());
        List<Check> checks = new ArrayList<>();
        for (CreateTableSql.CheckDef c : parsed.checks()) checks.add(new Check(c.name(), c.expr(), Attrs.EMPTY));
        return new Table(row.name(), columns, pk, indexes, foreignKeys(fkRows, parsed), checks, attrs);
    }

    private static Index index(IndexRow first, List<IndexRow> rows, Map<String, String> collations) {
        boolean constraint = first.origin().equals("u");
        // Only expression parts and WHERE clauses need the CREATE INDEX text parsed.
        boolean needsSql = first.sql() != null && (first.partial() || rows.stream().anyMatch(r -> r.cid() == -2));
        IndexSql sql = needsSql ? IndexSql.parse(first.sql()) : new IndexSql(List.of(), Optional.empty());
        List<IndexPart> parts = new ArrayList<>();
        for (IndexRow r : rows) {
            Attrs attrs = Attrs.EMPTY;
            if (r.cid() >= 0 || r.cid() == -1) {
                String name = r.cid() == -1 ? "rowid" : r.column();
                String inherited = collations.getOrDefault(name.toLowerCase(Locale.ROOT), "BINARY");
                if (r.collation() != null && !r.collation().equalsIgnoreCase(inherited)) attrs = attrs.with(new Collation(r.collation()));
                parts.add(new IndexPart.OfColumn(name, r.desc(), attrs));
            } else {
                if (r.collation() != null && !r.collation().equalsIgnoreCase("BINARY")) attrs = attrs.with(new Collation(r.collation()));
                String expr = r.seqno() < sql.parts().size() ? sql.parts().get(r.seqno()) : "";
                parts.add(new IndexPart.OfExpr(expr, r.desc(), attrs));
            }
        }
        Attrs attrs = Attrs.EMPTY;
        if (constraint) attrs = attrs.with(new SqliteUniqueConstraint());
        if (first.partial() && sql.where().isPresent()) attrs = attrs.with(new IndexPredicate(sql.where().get()));
        return new Index(constraint ? "" : first.index(), first.unique(), parts, attrs);
    }

    private static List<ForeignKey> foreignKeys(List<ForeignKeyRow> rows, CreateTableSql parsed) {
        // Declaration order: pragma_foreign_key_list numbers the last declared key 0.
        Map<Integer, List<ForeignKeyRow>> byId = new TreeMap<>(Comparator.reverseOrder());
        for (ForeignKeyRow r : sorted(rows, Comparator.comparingInt(ForeignKeyRow::seq))) byId.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(r);
        Set<Integer> used = new HashSet<>();
        List<ForeignKey> out = new ArrayList<>();
        for (List<ForeignKeyRow> fk : byId.values()) {
            List<String> cols = fk.stream().map(ForeignKeyRow::from).toList();
            boolean implicit = fk.stream().anyMatch(r -> r.to() == null);
            List<String> refCols = implicit ? List.of() : fk.stream().map(ForeignKeyRow::to).toList();
            String ref = fk.get(0).refTable();
            String name = "";
            Attrs attrs = Attrs.EMPTY;
            List<CreateTableSql.ForeignKeyDef> defs = parsed.foreignKeys();
            for (int i = 0; i < defs.size(); i++) {
                CreateTableSql.ForeignKeyDef d = defs.get(i);
                if (!used.contains(i) && d.refTable().equalsIgnoreCase(ref) && equalsIgnoreCase(d.columns(), cols)) {
                    used.add(i);
                    name = d.name();
                    if (d.deferred()) attrs = attrs.with(new Deferrable(true));
                    break;
                }
            }
            out.add(new ForeignKey(name, cols, QualifiedName.of(ref), refCols, action(fk.get(0).onUpdate()),
                    action(fk.get(0).onDelete()), attrs));
        }
        return out;
    }

    private static ReferenceAction action(String sql) {
        return sql == null || sql.isBlank() ? ReferenceAction.NO_ACTION : ReferenceAction.fromSql(sql);
    }

    static boolean equalsIgnoreCase(List<String> a, List<String> b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) if (!a.get(i).equalsIgnoreCase(b.get(i))) return false;
        return true;
    }

    /** {@return rows grouped by key, in first-seen order; rows of one key mostly come together, so runs are appended without a lookup} */
    private static <T> Map<String, List<T>> group(List<T> rows, java.util.function.Function<T, String> key) {
        Map<String, List<T>> m = new LinkedHashMap<>();
        String lastKey = null;
        List<T> last = null;
        for (T r : rows) {
            String k = key.apply(r);
            if (last == null || !(k == lastKey || k.equals(lastKey))) {
                last = m.computeIfAbsent(k, x -> new ArrayList<>());
                lastKey = k;
            }
            last.add(r);
        }
        return m;
    }

    /** {@return the rows in order; usually already so, as the pragmas return them} */
    private static <T> List<T> sorted(List<T> rows, Comparator<T> order) {
        for (int i = 1; i < rows.size(); i++) {
            if (order.compare(rows.get(i - 1), rows.get(i)) > 0) {
                List<T> copy = new ArrayList<>(rows);
                copy.sort(order);
                return copy;
            }
        }
        return rows;
    }
}
