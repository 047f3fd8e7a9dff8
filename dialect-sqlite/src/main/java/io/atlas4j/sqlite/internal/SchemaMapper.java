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
import java.util.function.Predicate;

/** Turns catalog rows into the schema model. Pure: no database access, so it is unit-testable. */
final class SchemaMapper {
    private SchemaMapper() {
    }

    static Schema map(String schemaName, CatalogRows rows, Predicate<String> includeTable) {
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
        for (ColumnRow c : columnRows) {
            if (c.hidden() == 1) continue;
            Optional<CreateTableSql.ColumnDef> def = parsed.column(c.name());
            Attrs attrs = Attrs.EMPTY;
            Optional<String> collation = def.flatMap(CreateTableSql.ColumnDef::collation);
            if (collation.isPresent()) attrs = attrs.with(new Collation(collation.get()));
            collations.put(c.name().toLowerCase(Locale.ROOT), collation.orElse("BINARY"));
            if (c.hidden() == 2 || c.hidden() == 3) {
                attrs = attrs.with(new Generated(def.flatMap(CreateTableSql.ColumnDef::generated).orElse(""), c.hidden() == 3));
            }
            Optional<io.atlas4j.schema.Expr> dflt = c.defaultValue() == null || c.hidden() != 0
                    ? Optional.empty() : Optional.of(Exprs.of(c.defaultValue()));
            columns.add(new Column(c.name(), SqliteTypes.INSTANCE.parse(c.type() == null ? "" : c.type()), !c.notNull(), dflt, attrs));
        }
        Map<String, List<IndexRow>> byIndex = group(indexRows, IndexRow::index);
        Map<String, Boolean> pkDesc = new HashMap<>();
        List<Index> indexes = new ArrayList<>();
        for (List<IndexRow> parts : byIndex.values()) {
            IndexRow first = parts.get(0);
            if (first.origin().equals("pk")) {
                for (IndexRow p : parts) if (p.column() != null) pkDesc.put(p.column().toLowerCase(Locale.ROOT), p.desc());
                continue;
            }
            indexes.add(index(first, parts, collations));
        }
        Optional<Index> pk = Optional.empty();
        List<ColumnRow> pkCols = columnRows.stream().filter(c -> c.pk() > 0).sorted(Comparator.comparingInt(ColumnRow::pk)).toList();
        if (!pkCols.isEmpty()) {
            List<IndexPart> parts = new ArrayList<>();
            for (ColumnRow c : pkCols) {
                parts.add(new IndexPart.OfColumn(c.name(), pkDesc.getOrDefault(c.name().toLowerCase(Locale.ROOT), false), Attrs.EMPTY));
            }
            pk = Optional.of(new Index("", true, parts, parsed.autoincrement() ? Attrs.of(new SqliteAutoincrement()) : Attrs.EMPTY));
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
        IndexSql sql = first.sql() == null ? new IndexSql(List.of(), Optional.empty()) : IndexSql.parse(first.sql());
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
        Map<Integer, List<ForeignKeyRow>> byId = new LinkedHashMap<>();
        for (ForeignKeyRow r : rows) byId.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(r);
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

    private static <T> Map<String, List<T>> group(List<T> rows, java.util.function.Function<T, String> key) {
        Map<String, List<T>> m = new LinkedHashMap<>();
        for (T r : rows) m.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r);
        return m;
    }
}
