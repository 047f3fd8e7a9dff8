package io.atlas4j.sqlite.internal;

import io.atlas4j.change.ColumnAspect;
import io.atlas4j.diff.DiffHooks;
import io.atlas4j.schema.Attr;
import io.atlas4j.schema.Attrs;
import io.atlas4j.schema.Check;
import io.atlas4j.schema.Collation;
import io.atlas4j.schema.Column;
import io.atlas4j.schema.Comment;
import io.atlas4j.schema.Deferrable;
import io.atlas4j.schema.Expr;
import io.atlas4j.schema.ForeignKey;
import io.atlas4j.schema.Generated;
import io.atlas4j.schema.Index;
import io.atlas4j.schema.IndexPart;
import io.atlas4j.schema.IndexPredicate;
import io.atlas4j.schema.Schema;
import io.atlas4j.schema.SchemaObject;
import io.atlas4j.schema.Table;
import io.atlas4j.schema.Trigger;
import io.atlas4j.schema.View;
import io.atlas4j.sqlite.SqliteAutoincrement;
import io.atlas4j.sqlite.SqliteOnConflict;
import io.atlas4j.sqlite.SqliteTableTriggers;
import io.atlas4j.sqlite.SqliteVirtualTable;
import io.atlas4j.sqlite.SqliteWithoutRowId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What SQLite considers equal: identifiers are case-insensitive, {@code BINARY} is the default
 * collation, {@code sqlite_autoindex_*} names are generated, a foreign key without referenced
 * columns means the parent's primary key, and SQL text (defaults, checks, views, triggers)
 * compares token by token rather than character by character.
 */
public final class SqliteDiffHooks implements DiffHooks {
    public static final SqliteDiffHooks INSTANCE = new SqliteDiffHooks();

    private SqliteDiffHooks() {
    }

    @Override
    public String nameKey(String name) {
        return DiffHooks.foldCase(name);
    }

    /** Builds new elements only where something changes: a no-op check normalizes thousands of tables. */
    @Override
    public Schema normalizeSchema(Schema schema) {
        Map<String, Table> byName = new HashMap<>();
        for (Table t : schema.tables()) byName.put(fold(t.name()), t);
        Map<String, List<Trigger>> triggers = new HashMap<>();
        for (SchemaObject o : schema.objects()) {
            if (o instanceof Trigger t) triggers.computeIfAbsent(fold(t.table()), k -> new ArrayList<>()).add(t);
        }
        List<Table> tables = new ArrayList<>(schema.tables().size());
        for (Table t : schema.tables()) tables.add(table(t, byName, triggers.isEmpty() ? List.of() : triggers.getOrDefault(fold(t.name()), List.of())));
        List<View> views = new ArrayList<>(schema.views().size());
        for (View v : schema.views()) {
            List<Trigger> on = triggers.isEmpty() ? List.of() : triggers.getOrDefault(fold(v.name()), List.of());
            Attrs attrs = withTriggers(v.attrs(), on);
            views.add(attrs == v.attrs() ? v : new View(v.name(), v.definition(), v.dependsOn(), attrs));
        }
        return schema.withTables(tables).withViews(views);
    }

    private static Attrs withTriggers(Attrs attrs, List<Trigger> triggers) {
        if (triggers.isEmpty()) return attrs.without(SqliteTableTriggers.class);
        return attrs.with(new SqliteTableTriggers(triggers));
    }

    private static Table table(Table t, Map<String, Table> byName, List<Trigger> triggers) {
        boolean changed = false;
        // Key columns of WITHOUT ROWID tables are NOT NULL whether declared or not (SQLite reports them so).
        // A rowid alias (INTEGER PRIMARY KEY) never holds NULL either, but SQLite reports NOT NULL as
        // declared: the column keeps its declaration and is marked, so both spellings compare equal.
        List<String> keyColumns = t.primaryKey().flatMap(Index::columnNames).orElse(List.of());
        boolean withoutRowId = t.attrs().has(SqliteWithoutRowId.class);
        boolean aliasable = !withoutRowId && keyColumns.size() == 1 && !t.primaryKey().get().parts().get(0).descending();
        List<Column> columns = new ArrayList<>(t.columns().size());
        for (Column c : t.columns()) {
            boolean key = containsIgnoreCase(keyColumns, c.name());
            boolean rowid = key && aliasable && SqliteTypes.INSTANCE.format(c.type()).equalsIgnoreCase("INTEGER");
            Attrs a = abortIsDefault(collation(c.attrs()));
            if (rowid != a.has(RowIdAlias.class)) a = rowid ? a.with(new RowIdAlias()) : a.without(RowIdAlias.class);
            Column n = a == c.attrs() ? c : c.withAttrs(a);
            if (key && withoutRowId && n.nullable()) n = n.withNullable(false);
            changed |= n != c;
            columns.add(n);
        }
        Attrs attrs = t.attrs();
        Optional<Index> pk = t.primaryKey();
        if (pk.isPresent()) {
            Index p = pk.get();
            Attrs pa = p.attrs();
            if (attrs.has(SqliteAutoincrement.class)) {
                attrs = attrs.without(SqliteAutoincrement.class);
                pa = pa.with(new SqliteAutoincrement());
            }
            Index n = index(p.name().isEmpty() && p.unique() ? p : new Index("", true, p.parts(), p.attrs()), pa);
            changed |= n != p;
            pk = Optional.of(n);
        }
        List<Index> indexes = new ArrayList<>(t.indexes().size());
        for (Index i : t.indexes()) {
            Index n = index(i, i.attrs());
            changed |= n != i;
            indexes.add(n);
        }
        List<ForeignKey> fks = new ArrayList<>(t.foreignKeys().size());
        for (ForeignKey fk : t.foreignKeys()) {
            if (fk.refColumns().isEmpty()) {
                Table parent = fold(fk.refTable().name()).equals(fold(t.name())) ? t : byName.get(fold(fk.refTable().name()));
                Optional<List<String>> key = parent == null ? Optional.empty() : parent.primaryKey().flatMap(Index::columnNames);
                fk = fk.withAttrs(key.isPresent() ? fk.attrs().with(new ImpliedRefColumns(key.get())) : fk.attrs().without(ImpliedRefColumns.class));
                changed = true;
            }
            fks.add(fk);
        }
        if (!triggers.isEmpty() || attrs.has(SqliteTableTriggers.class)) attrs = withTriggers(attrs, triggers);
        if (!changed && attrs == t.attrs()) return t;
        return new Table(t.name(), columns, pk, indexes, fks, t.checks(), attrs);
    }

    /** {@return the index with canonical parts and {@code attrs} without the default ON CONFLICT; the same instance when nothing changes} */
    private static Index index(Index i, Attrs attrs) {
        List<IndexPart> parts = parts(i.parts());
        Attrs a = abortIsDefault(attrs);
        if (parts == i.parts() && a == i.attrs()) return i;
        return new Index(i.name(), i.unique(), parts, a);
    }

    private static boolean containsIgnoreCase(List<String> names, String name) {
        for (String n : names) if (n.equalsIgnoreCase(name)) return true;
        return false;
    }

    /** {@return the parts with collation names folded; the same list when nothing changes} */
    private static List<IndexPart> parts(List<IndexPart> parts) {
        List<IndexPart> out = null;
        for (int k = 0; k < parts.size(); k++) {
            IndexPart p = parts.get(k);
            // An explicit BINARY on a key part overrides the column's collation, so it is kept (only folded).
            Attrs a = upper(p.attrs());
            if (a != p.attrs() && out == null) out = new ArrayList<>(parts.subList(0, k));
            if (out == null) continue;
            if (p instanceof IndexPart.OfColumn c) out.add(new IndexPart.OfColumn(c.column(), c.descending(), a));
            else if (p instanceof IndexPart.OfExpr e) out.add(new IndexPart.OfExpr(e.sql(), e.descending(), a));
        }
        return out == null ? parts : out;
    }

    /** BINARY is SQLite's default collation; other names compare case-insensitively. */
    private static Attrs collation(Attrs attrs) {
        Optional<Collation> c = attrs.get(Collation.class);
        if (c.isEmpty()) return attrs;
        String name = c.get().name().toUpperCase(Locale.ROOT);
        if (name.equals("BINARY")) return attrs.without(Collation.class);
        return name.equals(c.get().name()) ? attrs : attrs.with(new Collation(name));
    }

    /** {@code ON CONFLICT ABORT} is what a constraint does without the clause. */
    private static Attrs abortIsDefault(Attrs attrs) {
        return attrs.get(SqliteOnConflict.class).filter(c -> c.action().equals("ABORT")).isPresent()
                ? attrs.without(SqliteOnConflict.class) : attrs;
    }

    private static Attrs upper(Attrs attrs) {
        if (attrs.isEmpty()) return attrs;
        Optional<Collation> c = attrs.get(Collation.class);
        if (c.isEmpty()) return attrs;
        String name = c.get().name().toUpperCase(Locale.ROOT);
        return name.equals(c.get().name()) ? attrs : attrs.with(new Collation(name));
    }

    @Override
    public Set<ColumnAspect> columnAspects(Column from, Column to) {
        Set<ColumnAspect> aspects = EnumSet.noneOf(ColumnAspect.class);
        if (from.nullable() != to.nullable() && !(from.attrs().has(RowIdAlias.class) && to.attrs().has(RowIdAlias.class))) {
            aspects.add(ColumnAspect.NULLABILITY);
        }
        if (!typeKey(from).equals(typeKey(to))) aspects.add(ColumnAspect.TYPE);
        if (!exprKey(from.defaultValue()).equals(exprKey(to.defaultValue()))) aspects.add(ColumnAspect.DEFAULT);
        if (!generatedKey(from).equals(generatedKey(to))) aspects.add(ColumnAspect.GENERATED);
        if (!Objects.equals(from.attrs().get(Collation.class), to.attrs().get(Collation.class))) aspects.add(ColumnAspect.COLLATION);
        if (!Objects.equals(from.attrs().get(Comment.class), to.attrs().get(Comment.class))) aspects.add(ColumnAspect.COMMENT);
        if (!otherAttrs(from.attrs()).equals(otherAttrs(to.attrs()))) aspects.add(ColumnAspect.ATTRS);
        return aspects;
    }

    private static String typeKey(Column c) {
        return SqliteTypes.INSTANCE.format(c.type()).toUpperCase(Locale.ROOT).replaceAll("\\s+", " ").replace(" (", "(");
    }

    private static String exprKey(Optional<Expr> e) {
        return e.map(x -> SqlTokens.canonicalExpr(x.sql())).orElse("\u0000none");
    }

    private static String generatedKey(Column c) {
        return c.generated().map(g -> (g.stored() ? "stored:" : "virtual:") + SqlTokens.canonicalExpr(g.expr())).orElse("");
    }

    private static List<Attr> otherAttrs(Attrs attrs) {
        return attrs.stated().stream().filter(a -> !(a instanceof Collation || a instanceof Generated || a instanceof Comment)).toList();
    }

    @Override
    public boolean isGeneratedIndexName(Table table, Index index) {
        return index.name().isEmpty() || index.name().toLowerCase(Locale.ROOT).startsWith("sqlite_autoindex_");
    }

    @Override
    public boolean indexChanged(Index from, Index to) {
        return !indexKey(from, true).equals(indexKey(to, true));
    }

    @Override
    public boolean primaryKeyChanged(Index from, Index to) {
        return !indexKey(from, false).equals(indexKey(to, false));
    }

    private static List<Object> indexKey(Index i, boolean named) {
        List<Object> key = new ArrayList<>();
        key.add(named ? fold(i.name()) : "");
        key.add(i.unique());
        for (IndexPart p : i.parts()) {
            key.add(p instanceof IndexPart.OfColumn c ? "col:" + fold(c.column()) : "expr:" + SqlTokens.canonicalExpr(((IndexPart.OfExpr) p).sql()));
            key.add(p.descending());
            key.add(p.attrs());
        }
        key.add(i.attrs().get(IndexPredicate.class).map(x -> SqlTokens.canonicalExpr(x.sql())).orElse(""));
        key.add(i.attrs().without(IndexPredicate.class));
        return key;
    }

    @Override
    public boolean foreignKeyChanged(ForeignKey from, ForeignKey to) {
        return !fkKey(from).equals(fkKey(to));
    }

    private static List<Object> fkKey(ForeignKey fk) {
        return List.of(fold(fk.name()), fk.columns().stream().map(SqliteDiffHooks::fold).toList(), fold(fk.refTable().name()),
                refColumns(fk).stream().map(SqliteDiffHooks::fold).toList(), fk.onUpdate(), fk.onDelete(),
                fk.attrs().get(Deferrable.class).filter(Deferrable::initiallyDeferred).isPresent(),
                fk.attrs().without(Deferrable.class));
    }

    /** {@return the referenced columns, the parent's key when the foreign key names none} */
    private static List<String> refColumns(ForeignKey fk) {
        if (!fk.refColumns().isEmpty()) return fk.refColumns();
        return fk.attrs().get(ImpliedRefColumns.class).map(ImpliedRefColumns::columns).orElse(List.of());
    }

    @Override
    public boolean checkChanged(Check from, Check to) {
        if (from.equals(to)) return false;
        return !fold(from.name()).equals(fold(to.name())) || !SqlTokens.canonicalExpr(from.expr()).equals(SqlTokens.canonicalExpr(to.expr()))
                || !from.attrs().equals(to.attrs());
    }

    @Override
    public boolean viewChanged(View from, View to) {
        if (from.definition().equals(to.definition()) && from.attrs().without(SqliteTableTriggers.class).equals(to.attrs().without(SqliteTableTriggers.class))) {
            return false;
        }
        return !ViewSql.canonical(from.definition()).equals(ViewSql.canonical(to.definition()))
                || !from.attrs().without(SqliteTableTriggers.class).equals(to.attrs().without(SqliteTableTriggers.class));
    }

    /** Triggers compare by name and by their SQL token by token, as SQLite rewrites it on ALTER TABLE ... RENAME. */
    @Override
    public boolean objectChanged(SchemaObject from, SchemaObject to) {
        if (from instanceof Trigger a && to instanceof Trigger b) {
            if (a.equals(b)) return false;
            return !fold(a.name()).equals(fold(b.name())) || !fold(a.table()).equals(fold(b.table()))
                    || !SqlTokens.canonical(a.definition()).equals(SqlTokens.canonical(b.definition())) || !a.attrs().equals(b.attrs());
        }
        if (from instanceof SqliteVirtualTable a && to instanceof SqliteVirtualTable b) {
            return !SqlTokens.canonical(a.definition()).equals(SqlTokens.canonical(b.definition())) || !a.attrs().equals(b.attrs());
        }
        return !from.equals(to);
    }

    @Override
    public boolean comparesAttr(Attr attr) {
        return !(attr instanceof SqliteTableTriggers);
    }

    static String fold(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
