package io.atlas4j.postgres.internal;

import io.atlas4j.change.AddCheck;
import io.atlas4j.change.AddForeignKey;
import io.atlas4j.change.AddIndex;
import io.atlas4j.change.Change;
import io.atlas4j.change.DropCheck;
import io.atlas4j.change.DropForeignKey;
import io.atlas4j.change.DropIndex;
import io.atlas4j.change.ModifyCheck;
import io.atlas4j.change.ModifyForeignKey;
import io.atlas4j.change.ModifyIndex;
import io.atlas4j.change.ModifyPrimaryKey;
import io.atlas4j.change.ModifyTable;
import io.atlas4j.change.RenameColumn;
import io.atlas4j.change.TableChange;
import io.atlas4j.schema.Check;
import io.atlas4j.schema.ForeignKey;
import io.atlas4j.schema.Index;
import io.atlas4j.schema.IndexPart;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL follows a renamed column everywhere: keys, indexes, checks and foreign keys (of any
 * table) keep working under the new name. The differ compares them by column name, so it reports
 * each as changed; this pass drops those changes where the element, with the renames applied, is
 * what is desired, and turns a drop and an add of the same shape under another name into a
 * rename ({@link PgRenamedTo}). Nothing is re-created that the rename already kept.
 */
final class PgColumnRenames {
    private static final Pattern WORD = Pattern.compile("'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|[A-Za-z_][A-Za-z0-9_$]*");

    private PgColumnRenames() {
    }

    static List<Change> follow(List<Change> changes) {
        Map<String, Map<String, String>> renames = new HashMap<>(); // schema.table -> old column -> new
        for (Change c : changes) {
            if (!(c instanceof ModifyTable m)) continue;
            for (TableChange tc : m.changes()) {
                if (tc instanceof RenameColumn r) {
                    renames.computeIfAbsent(m.schema() + "." + m.to().name(), k -> new HashMap<>()).put(r.from().name(), r.to().name());
                }
            }
        }
        if (renames.isEmpty()) return changes;
        List<Change> out = new ArrayList<>(changes.size());
        for (Change c : changes) {
            if (!(c instanceof ModifyTable m)) {
                out.add(c);
                continue;
            }
            Map<String, String> own = renames.getOrDefault(m.schema() + "." + m.to().name(), Map.of());
            List<TableChange> kept = follow(m.schema(), m.changes(), own, renames);
            if (kept.equals(m.changes())) out.add(c);
            else if (!kept.isEmpty()) out.add(new ModifyTable(m.schema(), m.from(), m.to(), kept));
        }
        return out;
    }

    private static List<TableChange> follow(String schema, List<TableChange> changes, Map<String, String> own,
                                            Map<String, Map<String, String>> all) {
        List<TableChange> out = new ArrayList<>(changes);
        for (TableChange tc : changes) {
            if (tc instanceof ModifyIndex m && index(m.from(), own).equals(m.to())) out.remove(tc);
            if (tc instanceof ModifyPrimaryKey m && index(m.from(), own).equals(m.to())) out.remove(tc);
            if (tc instanceof ModifyCheck m && check(m.from(), own).equals(m.to())) out.remove(tc);
            if (tc instanceof ModifyForeignKey m && foreignKey(schema, m.from(), own, all).equals(m.to())) out.remove(tc);
        }
        // a drop and an add of the same shape once renamed: the same element, perhaps to be renamed itself
        for (TableChange tc : changes) {
            if (tc instanceof DropIndex d) {
                Index renamed = index(d.index(), own);
                pair(out, tc, x -> x instanceof AddIndex a && renamed.withName(a.index().name()).equals(a.index())
                        ? Optional.of(a.index().name()) : Optional.empty(), n -> new DropIndex(renamed.withAttrs(renamed.attrs().with(new PgRenamedTo(n)))));
            } else if (tc instanceof DropCheck d) {
                Check renamed = check(d.check(), own);
                pair(out, tc, x -> x instanceof AddCheck a && renamed.withName(a.check().name()).equals(a.check())
                        ? Optional.of(a.check().name()) : Optional.empty(),
                        n -> new DropCheck(new Check(d.check().name(), renamed.expr(), renamed.attrs().with(new PgRenamedTo(n)))));
            } else if (tc instanceof DropForeignKey d) {
                ForeignKey renamed = foreignKey(schema, d.foreignKey(), own, all);
                pair(out, tc, x -> x instanceof AddForeignKey a && renamed.withName(a.foreignKey().name()).equals(a.foreignKey())
                        ? Optional.of(a.foreignKey().name()) : Optional.empty(),
                        n -> new DropForeignKey(renamed.withAttrs(renamed.attrs().with(new PgRenamedTo(n)))));
            }
        }
        return out;
    }

    /** Finds the add that {@code drop} matches; same name: both go; another name: the drop becomes a rename to it. */
    private static void pair(List<TableChange> out, TableChange drop, java.util.function.Function<TableChange, Optional<String>> match,
                             java.util.function.Function<String, TableChange> renamedDrop) {
        for (TableChange x : out) {
            Optional<String> name = match.apply(x);
            if (name.isEmpty()) continue;
            int at = out.indexOf(drop);
            if (at < 0) return;
            String old = dropName(drop);
            if (old.equals(name.get())) {
                out.remove(x);
                out.remove(drop);
            } else {
                out.set(at, renamedDrop.apply(name.get()));
            }
            return;
        }
    }

    private static String dropName(TableChange drop) {
        if (drop instanceof DropIndex d) return d.index().name();
        if (drop instanceof DropCheck d) return d.check().name();
        return ((DropForeignKey) drop).foreignKey().name();
    }

    private static Index index(Index i, Map<String, String> renames) {
        if (renames.isEmpty()) return i;
        List<IndexPart> parts = new ArrayList<>(i.parts().size());
        for (IndexPart p : i.parts()) {
            if (p instanceof IndexPart.OfColumn c) parts.add(new IndexPart.OfColumn(renames.getOrDefault(c.column(), c.column()), c.descending(), c.attrs()));
            else if (p instanceof IndexPart.OfExpr e) parts.add(new IndexPart.OfExpr(expr(e.sql(), renames), e.descending(), e.attrs()));
        }
        io.atlas4j.schema.Attrs attrs = i.attrs();
        Optional<io.atlas4j.postgres.PgIndexInclude> include = attrs.get(io.atlas4j.postgres.PgIndexInclude.class);
        if (include.isPresent()) {
            attrs = attrs.with(new io.atlas4j.postgres.PgIndexInclude(include.get().columns().stream().map(x -> renames.getOrDefault(x, x)).toList()));
        }
        Optional<io.atlas4j.schema.IndexPredicate> where = attrs.get(io.atlas4j.schema.IndexPredicate.class);
        if (where.isPresent()) attrs = attrs.with(new io.atlas4j.schema.IndexPredicate(expr(where.get().sql(), renames)));
        return new Index(i.name(), i.unique(), parts, attrs);
    }

    private static Check check(Check c, Map<String, String> renames) {
        return renames.isEmpty() ? c : new Check(c.name(), expr(c.expr(), renames), c.attrs());
    }

    private static ForeignKey foreignKey(String schema, ForeignKey fk, Map<String, String> own, Map<String, Map<String, String>> all) {
        Map<String, String> ref = all.getOrDefault(fk.refTable().schema().orElse(schema) + "." + fk.refTable().name(), Map.of());
        if (own.isEmpty() && ref.isEmpty()) return fk;
        return new ForeignKey(fk.name(), fk.columns().stream().map(x -> own.getOrDefault(x, x)).toList(), fk.refTable(),
                fk.refColumns().stream().map(x -> ref.getOrDefault(x, x)).toList(), fk.onUpdate(), fk.onDelete(), fk.attrs());
    }

    /** Renames column references in an expression as the catalog prints it: bare or quoted words, never inside literals. */
    static String expr(String sql, Map<String, String> renames) {
        Matcher m = WORD.matcher(sql);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String w = m.group();
            String name = w.startsWith("\"") ? w.substring(1, w.length() - 1).replace("\"\"", "\"") : w;
            String to = w.startsWith("'") ? null : renames.get(name);
            // a name after "." or before "(" is a qualified member or a function, not a column of this table
            boolean other = m.end() < sql.length() && sql.charAt(m.end()) == '(' || m.start() > 0 && sql.charAt(m.start() - 1) == '.';
            m.appendReplacement(sb, Matcher.quoteReplacement(to != null && !other ? PgIdent.quote(to) : w));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
