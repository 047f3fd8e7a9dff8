package io.atlas4j.mssql.internal;

import io.atlas4j.change.ColumnAspect;
import io.atlas4j.diff.DiffHooks;
import io.atlas4j.diff.TablePair;
import io.atlas4j.schema.Check;
import io.atlas4j.schema.Column;
import io.atlas4j.schema.ForeignKey;
import io.atlas4j.schema.Generated;
import io.atlas4j.schema.Index;
import io.atlas4j.schema.IndexPredicate;
import io.atlas4j.schema.RawExpr;
import io.atlas4j.schema.SchemaObject;
import io.atlas4j.schema.Table;
import io.atlas4j.schema.Trigger;
import io.atlas4j.schema.View;
import io.atlas4j.mssql.Routine;
import io.atlas4j.schema.type.UnsupportedType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * SQL Server's equivalent spellings. Identifiers compare case-insensitively (the default collation
 * is case-insensitive); defaults compare without their catalog parentheses ({@code ((0))} is
 * {@code 0}); checks and filters compare with {@code IN} lists expanded and brackets, case and
 * spacing ignored; names of the {@code PK__t__1A2B3C4D} shape are the server's own; module text
 * compares ignoring case and spacing outside strings.
 */
public final class MssqlDiffHooks implements DiffHooks {
    public static final MssqlDiffHooks INSTANCE = new MssqlDiffHooks();

    private MssqlDiffHooks() {
    }

    @Override
    public String nameKey(String name) {
        return DiffHooks.foldCase(name);
    }

    @Override
    public TablePair normalize(Table current, Table desired) {
        return new TablePair(canonical(current), canonical(desired));
    }

    /** Defaults, checks and filters in one folded spelling; column names in constraints as the table spells them. */
    private static Table canonical(Table t) {
        List<Column> cols = new ArrayList<>();
        for (Column c : t.columns()) {
            Column x = c;
            if (c.defaultValue().isPresent()) {
                String fold = Tsql.fold(c.defaultValue().get().sql());
                x = fold.equals("null") ? x.withDefault(Optional.empty()) : x.withDefault(Optional.of(new RawExpr(Tsql.defaultExpr(c.defaultValue().get().sql()))));
            }
            cols.add(x);
        }
        List<Check> checks = t.checks().stream().map(k -> new Check(k.name(), Tsql.checkExpr(k.expr()), k.attrs())).toList();
        List<Index> idx = new ArrayList<>();
        for (Index i : t.indexes()) {
            Optional<IndexPredicate> p = i.attrs().get(IndexPredicate.class);
            idx.add(p.isEmpty() ? i : i.withAttrs(i.attrs().with(new IndexPredicate(Tsql.checkExpr(p.get().sql())))));
        }
        return t.withColumns(cols).withChecks(checks).withIndexes(idx);
    }

    @Override
    public Set<ColumnAspect> columnAspects(Column from, Column to) {
        Set<ColumnAspect> a = DiffHooks.super.columnAspects(from, to);
        // a computed column's type is the server's inference; offline it is unknown, so only the expression counts
        if (a.contains(ColumnAspect.TYPE) && (from.generated().isPresent() || to.generated().isPresent())
                && (from.type() instanceof UnsupportedType || to.type() instanceof UnsupportedType)) {
            a.remove(ColumnAspect.TYPE);
        }
        if (a.contains(ColumnAspect.GENERATED) && from.generated().isPresent() && to.generated().isPresent()) {
            Generated f = from.generated().get();
            Generated g = to.generated().get();
            if (f.stored() == g.stored() && Tsql.fold(f.expr()).equals(Tsql.fold(g.expr()))) a.remove(ColumnAspect.GENERATED);
        }
        return a;
    }

    @Override
    public boolean isGeneratedIndexName(Table table, Index index) {
        return index.name().isEmpty() || Tsql.GENERATED.matcher(index.name()).matches();
    }

    @Override
    public boolean isGeneratedForeignKeyName(Table table, ForeignKey fk) {
        return fk.name().isEmpty() || Tsql.GENERATED.matcher(fk.name()).matches();
    }

    @Override
    public boolean isGeneratedCheckName(Table table, Check check) {
        return check.name().isEmpty() || Tsql.GENERATED.matcher(check.name()).matches();
    }

    @Override
    public boolean foreignKeyChanged(ForeignKey from, ForeignKey to) {
        return !fkKey(from).equals(fkKey(to));
    }

    private static List<Object> fkKey(ForeignKey fk) {
        return List.of(fk.name().toLowerCase(java.util.Locale.ROOT), fk.columns().stream().map(DiffHooks::foldCase).toList(),
                fk.refTable().schema().map(DiffHooks::foldCase), DiffHooks.foldCase(fk.refTable().name()),
                fk.refColumns().stream().map(DiffHooks::foldCase).toList(), fk.onUpdate(), fk.onDelete(), fk.attrs());
    }

    @Override
    public boolean checkChanged(Check from, Check to) {
        return !from.name().equalsIgnoreCase(to.name()) || !Tsql.fold(from.expr()).equals(Tsql.fold(to.expr()));
    }

    @Override
    public boolean indexChanged(Index from, Index to) {
        return !from.name().equalsIgnoreCase(to.name()) || from.unique() != to.unique() || !foldParts(from).equals(foldParts(to))
                || !from.attrs().equals(to.attrs());
    }

    @Override
    public boolean primaryKeyChanged(Index from, Index to) {
        return !foldParts(from).equals(foldParts(to)) || !from.attrs().equals(to.attrs());
    }

    private static List<String> foldParts(Index i) {
        return i.parts().stream().map(p -> (p instanceof io.atlas4j.schema.IndexPart.OfColumn c ? DiffHooks.foldCase(c.column())
                : Tsql.fold(((io.atlas4j.schema.IndexPart.OfExpr) p).sql())) + (p.descending() ? " desc" : "")).toList();
    }

    @Override
    public boolean viewChanged(View from, View to) {
        return !Tsql.fold(from.definition()).equals(Tsql.fold(to.definition())) || !from.attrs().equals(to.attrs());
    }

    /** {@return a module's text folded, its CREATE, CREATE OR ALTER or ALTER alike: the catalog keeps whichever ran last} */
    static String module(String definition) {
        return Tsql.fold(definition.replaceFirst("(?is)^\\s*(CREATE\\s+OR\\s+ALTER|CREATE|ALTER)\\s+", ""));
    }

    @Override
    public boolean objectChanged(SchemaObject from, SchemaObject to) {
        if (from instanceof Trigger a && to instanceof Trigger b) {
            return !module(a.definition()).equals(module(b.definition())) || !a.table().equalsIgnoreCase(b.table());
        }
        if (from instanceof Routine a && to instanceof Routine b) return !module(a.definition()).equals(module(b.definition()));
        return !from.equals(to);
    }
}
