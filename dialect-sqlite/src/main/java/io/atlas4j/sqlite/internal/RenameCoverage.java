package io.atlas4j.sqlite.internal;

import io.atlas4j.change.AddCheck;
import io.atlas4j.change.AddForeignKey;
import io.atlas4j.change.AddIndex;
import io.atlas4j.change.Change;
import io.atlas4j.change.DropCheck;
import io.atlas4j.change.DropForeignKey;
import io.atlas4j.change.DropIndex;
import io.atlas4j.change.ModifyCheck;
import io.atlas4j.change.ModifyColumn;
import io.atlas4j.change.ModifyForeignKey;
import io.atlas4j.change.ModifyIndex;
import io.atlas4j.change.ModifyPrimaryKey;
import io.atlas4j.change.ModifyTable;
import io.atlas4j.change.RenameColumn;
import io.atlas4j.change.TableChange;
import io.atlas4j.schema.Attrs;
import io.atlas4j.schema.Check;
import io.atlas4j.schema.Column;
import io.atlas4j.schema.ForeignKey;
import io.atlas4j.schema.Generated;
import io.atlas4j.schema.Index;
import io.atlas4j.schema.IndexPart;
import io.atlas4j.schema.IndexPredicate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code ALTER TABLE ... RENAME COLUMN} rewrites every reference to the column: the table's primary
 * key, indexes, CHECKs and generation expressions, and the foreign keys of other tables. The differ
 * reports those as modified (they name the old column), which would force table rebuilds; this drops
 * the ones a planned RENAME COLUMN already makes. A table whose renames end up in a rebuild (with
 * {@code legacy_alter_table}, which rewrites nothing) covers nothing, so a fixed point decides.
 */
final class RenameCoverage {
    private RenameCoverage() {
    }

    /** {@return for each ModifyTable of {@code changes}, the changes left to plan once column renames are accounted for} */
    static Map<ModifyTable, ModifyTable> reduce(List<Change> changes) {
        List<ModifyTable> mods = new ArrayList<>();
        Map<String, Map<String, String>> renames = new HashMap<>();
        for (Change c : changes) {
            if (!(c instanceof ModifyTable m)) continue;
            mods.add(m);
            for (TableChange tc : m.changes()) {
                if (tc instanceof RenameColumn r) {
                    renames.computeIfAbsent(fold(m.to().name()), k -> new HashMap<>()).put(fold(r.from().name()), r.to().name());
                }
            }
        }
        Map<ModifyTable, ModifyTable> out = new IdentityHashMap<>();
        if (renames.isEmpty()) return out;
        Set<String> byAlter = new HashSet<>(renames.keySet());
        while (true) {
            boolean stable = true;
            for (ModifyTable m : mods) {
                ModifyTable r = reduce(m, renames, byAlter);
                out.put(m, r);
                if (byAlter.contains(fold(m.to().name())) && !Alterations.alterable(r)) {
                    byAlter.remove(fold(m.to().name()));
                    stable = false;
                }
            }
            if (stable) return out;
        }
    }

    private static ModifyTable reduce(ModifyTable m, Map<String, Map<String, String>> renames, Set<String> byAlter) {
        String table = fold(m.to().name());
        Map<String, String> own = byAlter.contains(table) ? renames.get(table) : Map.of();
        List<TableChange> left = new ArrayList<>();
        for (TableChange c : m.changes()) {
            if (!covered(c, own, renames, byAlter)) left.add(c);
        }
        // Unnamed checks and keys are matched by content, so a renamed column shows as a drop and an add.
        Set<TableChange> paired = Collections.newSetFromMap(new IdentityHashMap<>());
        for (TableChange d : left) {
            for (TableChange a : left) {
                if (paired.contains(d) || paired.contains(a)) continue;
                TableChange as = pairAsModify(d, a);
                if (as != null && covered(as, own, renames, byAlter)) {
                    paired.add(d);
                    paired.add(a);
                }
            }
        }
        left.removeIf(paired::contains);
        return left.size() == m.changes().size() ? m : new ModifyTable(m.schema(), m.from(), m.to(), left);
    }

    /** {@return a drop and an add of the same kind as one modification, or null} */
    private static TableChange pairAsModify(TableChange drop, TableChange add) {
        if (drop instanceof DropCheck d && add instanceof AddCheck a) return new ModifyCheck(d.check(), a.check());
        if (drop instanceof DropForeignKey d && add instanceof AddForeignKey a) return new ModifyForeignKey(d.foreignKey(), a.foreignKey());
        if (drop instanceof DropIndex d && add instanceof AddIndex a) return new ModifyIndex(d.index(), a.index());
        return null;
    }

    private static boolean covered(TableChange c, Map<String, String> own, Map<String, Map<String, String>> renames,
                                   Set<String> byAlter) {
        SqliteDiffHooks hooks = SqliteDiffHooks.INSTANCE;
        if (c instanceof ModifyPrimaryKey p) return !own.isEmpty() && !hooks.primaryKeyChanged(index(p.from(), own), p.to());
        if (c instanceof ModifyIndex i) return !own.isEmpty() && !hooks.indexChanged(index(i.from(), own), i.to());
        if (c instanceof ModifyCheck k) {
            return !own.isEmpty() && !hooks.checkChanged(new Check(k.from().name(), sql(k.from().expr(), own), k.from().attrs()), k.to());
        }
        if (c instanceof ModifyColumn mc && !own.isEmpty() && mc.from().generated().isPresent()) {
            Generated g = mc.from().generated().get();
            Column renamed = mc.from().withAttrs(mc.from().attrs().with(new Generated(sql(g.expr(), own), g.stored())));
            return hooks.columnAspects(renamed, mc.to()).isEmpty();
        }
        if (c instanceof ModifyForeignKey f) {
            String parent = fold(f.from().refTable().name());
            Map<String, String> theirs = byAlter.contains(parent) ? renames.get(parent) : Map.of();
            if (own.isEmpty() && theirs.isEmpty()) return false;
            ForeignKey from = f.from();
            ForeignKey renamed = new ForeignKey(from.name(), names(from.columns(), own), from.refTable(), names(from.refColumns(), theirs),
                    from.onUpdate(), from.onDelete(), from.attrs());
            return !hooks.foreignKeyChanged(renamed, f.to());
        }
        return false;
    }

    private static Index index(Index i, Map<String, String> renames) {
        List<IndexPart> parts = new ArrayList<>();
        for (IndexPart p : i.parts()) {
            if (p instanceof IndexPart.OfColumn c) parts.add(new IndexPart.OfColumn(name(c.column(), renames), c.descending(), c.attrs()));
            else if (p instanceof IndexPart.OfExpr e) parts.add(new IndexPart.OfExpr(sql(e.sql(), renames), e.descending(), e.attrs()));
        }
        Attrs attrs = i.attrs();
        if (attrs.has(IndexPredicate.class)) attrs = attrs.with(new IndexPredicate(sql(attrs.get(IndexPredicate.class).get().sql(), renames)));
        return new Index(i.name(), i.unique(), parts, attrs);
    }

    private static List<String> names(List<String> names, Map<String, String> renames) {
        List<String> out = new ArrayList<>(names.size());
        for (String n : names) out.add(name(n, renames));
        return out;
    }

    private static String name(String n, Map<String, String> renames) {
        return renames.getOrDefault(fold(n), n);
    }

    /** {@return the SQL with every identifier naming a renamed column replaced by its new (quoted) name} */
    static String sql(String sql, Map<String, String> renames) {
        StringBuilder sb = new StringBuilder();
        int at = 0;
        for (Token t : SqlTokens.tokenize(sql)) {
            if (!t.isIdentifier()) continue;
            String to = renames.get(fold(t.value()));
            if (to == null) continue;
            sb.append(sql, at, t.start()).append(SqliteSql.q(to));
            at = t.end();
        }
        return at == 0 ? sql : sb.append(sql, at, sql.length()).toString();
    }

    private static String fold(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
