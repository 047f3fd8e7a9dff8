package io.atlas4j.postgres.internal;

import io.atlas4j.change.AddForeignKey;
import io.atlas4j.change.AddObject;
import io.atlas4j.change.AddSchema;
import io.atlas4j.change.AddTable;
import io.atlas4j.change.AddView;
import io.atlas4j.change.Change;
import io.atlas4j.change.DropForeignKey;
import io.atlas4j.change.DropObject;
import io.atlas4j.change.DropSchema;
import io.atlas4j.change.DropTable;
import io.atlas4j.change.DropView;
import io.atlas4j.change.ModifyForeignKey;
import io.atlas4j.change.ModifyObject;
import io.atlas4j.change.ModifySchema;
import io.atlas4j.change.ModifyTable;
import io.atlas4j.change.ModifyView;
import io.atlas4j.change.RenameTable;
import io.atlas4j.change.TableChange;
import io.atlas4j.plan.ChangeOrder;
import io.atlas4j.plan.Plan;
import io.atlas4j.plan.PlanOptions;
import io.atlas4j.plan.Planner;
import io.atlas4j.plan.Statement;
import io.atlas4j.postgres.PgCompositeType;
import io.atlas4j.postgres.PgDomain;
import io.atlas4j.postgres.PgEnum;
import io.atlas4j.postgres.PgExtension;
import io.atlas4j.postgres.PgFunction;
import io.atlas4j.postgres.PgMaterialized;
import io.atlas4j.postgres.PgPolicy;
import io.atlas4j.postgres.PgSequence;
import io.atlas4j.schema.Comment;
import io.atlas4j.schema.ForeignKey;
import io.atlas4j.schema.SchemaObject;
import io.atlas4j.schema.Table;
import io.atlas4j.schema.View;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Plans PostgreSQL DDL. Stateless. Changes are ordered by {@link ChangeOrder}; types, sequences
 * and routines are then created before the tables that use them and dropped after, and
 * {@link PgDependencyOrder} settles the rest by the dependencies the catalog recorded. A changed
 * view is dropped and re-created (with the views built on it, which the diff hooks add); what a
 * column rename keeps working is not re-created ({@link PgColumnRenames}). The plan is
 * transactional; statements that cannot run in a transaction ({@code CREATE INDEX CONCURRENTLY},
 * {@code ALTER TYPE ... ADD VALUE}) are marked and run on their own.
 */
public final class PgPlanner implements Planner {
    @Override
    public Plan plan(List<Change> changes, PlanOptions options) {
        List<Change> early = new ArrayList<>();
        List<Change> ordered = new ArrayList<>();
        Set<String> keptSequences = new HashSet<>();
        ordered.addAll(order(hoistForeignKeyDrops(PgColumnRenames.follow(PgSequenceOwnership.keep(expand(changes), keptSequences)), early)));
        ordered.addAll(0, early);
        List<Statement> out = new ArrayList<>();
        List<Statement> last = new ArrayList<>();
        PgTablePlanner tables = new PgTablePlanner(options, out, keptSequences);
        PgObjectPlanner objects = new PgObjectPlanner(options, out, last);
        for (Change c : ordered) {
            PgSql s = new PgSql(schemaOf(c), options.qualifySchema());
            if (c instanceof AddSchema a) {
                // IF NOT EXISTS: a whole database's SQL (schema inspect) starts with public, which every database has.
                out.add(Statement.of("CREATE SCHEMA IF NOT EXISTS " + PgSql.q(a.schema().name()), "create schema " + a.schema().name(),
                        "DROP SCHEMA " + PgSql.q(a.schema().name()), c));
                a.schema().attrs().get(Comment.class).ifPresent(cm -> out.add(Statement.of("COMMENT ON SCHEMA "
                        + PgSql.q(a.schema().name()) + " IS " + PgIdent.literal(cm.text()), "comment on schema", c)));
            } else if (c instanceof DropSchema d) {
                out.add(Statement.of("DROP SCHEMA " + PgSql.q(d.schema().name()) + " CASCADE", "drop schema " + d.schema().name(), c));
            } else if (c instanceof ModifySchema m) {
                out.add(Statement.of("COMMENT ON SCHEMA " + PgSql.q(m.from().name()) + " IS "
                        + m.to().attrs().get(Comment.class).map(x -> PgIdent.literal(x.text())).orElse("NULL"), "comment on schema", c));
            } else if (c instanceof AddTable a) {
                tables.addTable(a);
            } else if (c instanceof DropTable d) {
                tables.dropTable(d);
            } else if (c instanceof ModifyTable m) {
                tables.modifyTable(m);
            } else if (c instanceof RenameTable r) {
                tables.renameTable(r);
            } else if (c instanceof AddView a) {
                addView(s, a, out);
            } else if (c instanceof DropView d) {
                out.add(Statement.of("DROP " + viewKind(d.view()) + " " + s.name(d.view().name()), "drop view " + d.view().name(), c));
            } else if (c instanceof ModifyView m) {
                viewComments(s, m.to(), Optional.of(m.from()), m, out); // only comments differ (see expand)
            } else if (c instanceof AddObject a) {
                objects.add(a);
            } else if (c instanceof DropObject d) {
                objects.drop(d);
            } else if (c instanceof ModifyObject m) {
                objects.modify(m);
            }
        }
        out.addAll(last);
        if (out.isEmpty()) return Plan.empty();
        List<Statement> prelude = new ArrayList<>();
        Change first = ordered.get(0);
        options.lockTimeout().ifPresent(t -> prelude.add(Statement.of("SET lock_timeout = '" + t.toMillis() + "ms'",
                "fail fast instead of queueing behind long-held locks", first)));
        boolean routines = ordered.stream().anyMatch(c -> c instanceof AddObject a && a.object() instanceof PgFunction
                || c instanceof ModifyObject m && m.to() instanceof PgFunction);
        if (routines) {
            prelude.add(Statement.of("SET check_function_bodies = false",
                    "routine bodies may name tables created later in this plan", first));
        }
        prelude.addAll(out);
        return new Plan(prelude, true);
    }

    private static String viewKind(View v) {
        return v.attrs().has(PgMaterialized.class) ? "MATERIALIZED VIEW" : "VIEW";
    }

    private static void addView(PgSql s, AddView a, List<Statement> out) {
        View v = a.view();
        String name = s.name(v.name());
        boolean mat = v.attrs().has(PgMaterialized.class);
        out.add(Statement.of("CREATE " + viewKind(v) + " " + name + " AS\n" + v.definition() + (mat ? "\nWITH DATA" : ""),
                "create view " + v.name(), "DROP " + viewKind(v) + " " + name, a));
        // index statements are kept unqualified; qualify the view they are on when the plan qualifies names
        String on = " ON " + PgSql.q(v.name()) + " ";
        v.attrs().get(PgMaterialized.class).ifPresent(m -> m.indexes().forEach(i -> out.add(Statement.of(
                i.replace(on, " ON " + name + " "), "index on " + v.name(), a))));
        viewComments(s, v, Optional.empty(), a, out);
    }

    /** Comments on a view and on the indexes of a materialized view that differ from {@code before}'s. */
    private static void viewComments(PgSql s, View v, Optional<View> before, io.atlas4j.change.Edit c, List<Statement> out) {
        Optional<Comment> now = v.attrs().get(Comment.class);
        if (!now.equals(before.flatMap(b -> b.attrs().get(Comment.class))) && (now.isPresent() || before.isPresent())) {
            out.add(Statement.of("COMMENT ON " + viewKind(v) + " " + s.name(v.name()) + " IS "
                    + now.map(cm -> PgIdent.literal(cm.text())).orElse("NULL"), "comment on view " + v.name(), c));
        }
        Map<String, String> was = before.flatMap(b -> b.attrs().get(PgMaterialized.class)).map(PgMaterialized::indexComments).orElse(Map.of());
        Map<String, String> is = v.attrs().get(PgMaterialized.class).map(PgMaterialized::indexComments).orElse(Map.of());
        Set<String> names = new java.util.TreeSet<>(was.keySet());
        names.addAll(is.keySet());
        for (String index : names) {
            if (java.util.Objects.equals(was.get(index), is.get(index))) continue;
            out.add(Statement.of("COMMENT ON INDEX " + s.name(index) + " IS " + (is.containsKey(index) ? PgIdent.literal(is.get(index)) : "NULL"),
                    "comment on index " + index, c));
        }
    }

    /** {@return whether two views differ in comments only (their own, their indexes')} */
    static boolean onlyCommentsDiffer(View a, View b) {
        return withoutComments(a).equals(withoutComments(b));
    }

    private static View withoutComments(View v) {
        io.atlas4j.schema.Attrs attrs = v.attrs().without(Comment.class);
        Optional<PgMaterialized> m = attrs.get(PgMaterialized.class);
        if (m.isPresent()) attrs = attrs.with(new PgMaterialized(m.get().indexes()));
        return new View(v.name(), v.definition(), v.dependsOn(), attrs);
    }

    private static String schemaOf(Change c) {
        if (c instanceof AddView a) return a.schema();
        if (c instanceof DropView d) return d.schema();
        if (c instanceof AddSchema a) return a.schema().name();
        if (c instanceof DropSchema d) return d.schema().name();
        if (c instanceof ModifySchema m) return m.from().name();
        return "public";
    }

    /**
     * Moves every foreign key drop (of modified and of dropped tables) into {@code early}, which
     * runs before anything else: a key, unique constraint or table they reference may go later in
     * the plan, and PostgreSQL refuses to drop what a foreign key still depends on.
     */
    static List<Change> hoistForeignKeyDrops(List<Change> changes, List<Change> early) {
        Set<String> renamed = new HashSet<>();
        for (Change c : changes) if (c instanceof RenameTable r) renamed.add(r.to().name());
        List<Change> out = new ArrayList<>();
        for (Change c : changes) {
            if (c instanceof ModifyTable m && !renamed.contains(m.to().name())) {
                List<TableChange> drops = new ArrayList<>();
                List<TableChange> rest = new ArrayList<>();
                for (TableChange tc : m.changes()) {
                    if (tc instanceof DropForeignKey d && d.foreignKey().attrs().has(PgRenamedTo.class)) {
                        rest.add(tc); // renamed, not dropped: paired with its add
                    } else if (tc instanceof DropForeignKey) {
                        drops.add(tc);
                    } else if (tc instanceof ModifyForeignKey f && PgTablePlanner.inPlace(f.from(), f.to())) {
                        rest.add(tc); // a comment: the key stays
                    } else if (tc instanceof ModifyForeignKey f) {
                        drops.add(new DropForeignKey(f.from()));
                        rest.add(new AddForeignKey(f.to()));
                    } else {
                        rest.add(tc);
                    }
                }
                if (!drops.isEmpty()) early.add(new ModifyTable(m.schema(), m.from(), m.from(), drops));
                if (!rest.isEmpty()) out.add(new ModifyTable(m.schema(), m.from(), m.to(), rest));
            } else if (c instanceof DropTable d && !d.table().foreignKeys().isEmpty()) {
                List<TableChange> drops = new ArrayList<>();
                for (ForeignKey fk : d.table().foreignKeys()) drops.add(new DropForeignKey(fk));
                Table bare = d.table().withForeignKeys(List.of());
                early.add(new ModifyTable(d.schema(), d.table(), bare, drops));
                out.add(new DropTable(d.schema(), bare));
            } else {
                out.add(c);
            }
        }
        return out;
    }

    /** A schema's contents become separate changes; a changed view becomes a drop and a create. */
    static List<Change> expand(List<Change> changes) {
        Set<String> recreated = new HashSet<>();
        for (Change c : changes) if (c instanceof DropView d) recreated.add(d.schema() + "." + d.view().name());
        List<Change> out = new ArrayList<>();
        for (Change c : changes) {
            if (c instanceof ModifyView m && !recreated.contains(m.schema() + "." + m.from().name()) && onlyCommentsDiffer(m.from(), m.to())) {
                out.add(m); // comments are set in place
            } else if (c instanceof ModifyView m) {
                if (recreated.add(m.schema() + "." + m.from().name())) out.add(new DropView(m.schema(), m.from()));
                out.add(new AddView(m.schema(), m.to()));
            } else if (c instanceof AddSchema a) {
                out.add(a);
                for (SchemaObject o : a.schema().objects()) out.add(new AddObject(a.schema().name(), o));
                for (Table t : a.schema().tables()) out.add(new AddTable(a.schema().name(), t));
                for (View v : a.schema().views()) out.add(new AddView(a.schema().name(), v));
            } else {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * The generic order, then: types, sequences and routines first (tables, defaults and checks
     * use them) and their drops last; then whatever a recorded dependency still says otherwise.
     */
    static List<Change> order(List<Change> changes) {
        // PostgreSQL compares identifiers exactly as the catalog stores them (unquoted ones are folded on input).
        List<Change> sorted = ChangeOrder.sort(changes, true, UnaryOperator.identity());
        Set<String> newTables = new HashSet<>();
        Set<String> droppedTables = new HashSet<>();
        for (Change c : sorted) if (c instanceof AddTable a) newTables.add(a.table().name());
        Set<String> newViews = new HashSet<>();
        for (Change c : sorted) if (c instanceof AddView a) newViews.add(a.view().name());
        List<Change> afterViews = new ArrayList<>();
        for (Change c : sorted) if (c instanceof DropTable d) droppedTables.add(d.table().name());
        List<Change> lateRoutines = new ArrayList<>();
        List<Change> policyDrops = new ArrayList<>();
        List<Change> policyAdds = new ArrayList<>();
        List<Change> earlyDrops = new ArrayList<>();
        List<Change> schemas = new ArrayList<>();
        List<Change> creates = new ArrayList<>();
        List<Change> middle = new ArrayList<>();
        List<Change> drops = new ArrayList<>();
        List<Change> schemaDrops = new ArrayList<>();
        for (Change c : sorted) {
            if (c instanceof AddSchema || c instanceof ModifySchema) schemas.add(c);
            // policies may read other tables and routines: dropped first, created last
            else if (c instanceof DropObject d && d.object() instanceof PgPolicy) policyDrops.add(c);
            else if (c instanceof AddObject a && a.object() instanceof PgPolicy) policyAdds.add(c);
            else if (c instanceof ModifyObject m && m.to() instanceof PgPolicy) policyAdds.add(c);
            else if (c instanceof DropSchema) schemaDrops.add(c);
            else if (c instanceof AddObject a && a.object() instanceof PgFunction f && usesRowType(f, newViews)) afterViews.add(c);
            else if (c instanceof AddObject a && a.object() instanceof PgFunction f && usesRowType(f, newTables)) lateRoutines.add(c);
            else if (c instanceof AddObject a && weight(a.object()) >= 0) creates.add(c);
            else if (c instanceof ModifyObject m && weight(m.to()) >= 0) creates.add(c);
            else if (c instanceof DropObject d && d.object() instanceof PgFunction f && usesRowType(f, droppedTables)) earlyDrops.add(c);
            else if (c instanceof DropObject d && weight(d.object()) >= 0) drops.add(c);
            else middle.add(c);
        }
        creates.sort(Comparator.comparingInt(PgPlanner::weightOf));
        drops.sort(Comparator.comparingInt(PgPlanner::weightOf).reversed());
        // routines whose signature names a table's row type come after the tables, before the views
        int firstView = middle.size();
        for (int i = 0; i < middle.size(); i++) {
            if (middle.get(i) instanceof AddView) {
                firstView = i;
                break;
            }
        }
        middle.addAll(firstView, lateRoutines);
        middle.addAll(afterViews);
        middle.addAll(0, policyDrops);
        middle.addAll(policyAdds);
        parentsFirst(middle);
        // a dropped schema takes its objects with it (CASCADE), including users of types kept elsewhere
        List<Change> out = new ArrayList<>(schemas);
        out.addAll(creates);
        out.addAll(schemaDrops);
        out.addAll(earlyDrops);
        out.addAll(middle);
        out.addAll(drops);
        return PgDependencyOrder.sort(out);
    }

    /** Moves each created child table (partition or inheriting table) after the creation of its parents. */
    static void parentsFirst(List<Change> changes) {
        for (int pass = 0; pass < changes.size(); pass++) {
            boolean moved = false;
            for (int i = 0; i < changes.size() && !moved; i++) {
                if (!(changes.get(i) instanceof AddTable child)) continue;
                List<String> parents = new ArrayList<>();
                child.table().attrs().get(io.atlas4j.postgres.PgPartitionOf.class).ifPresent(p -> parents.add(p.parent()));
                child.table().attrs().get(io.atlas4j.postgres.PgInherits.class).ifPresent(p -> parents.addAll(p.parents()));
                for (int j = i + 1; j < changes.size(); j++) {
                    if (changes.get(j) instanceof AddTable parent && parents.contains(parent.table().name())) {
                        changes.add(j, changes.remove(i));
                        moved = true;
                        break;
                    }
                }
            }
            if (!moved) break;
        }
        // and each dropped child before its dropped parent
        for (int pass = 0; pass < changes.size(); pass++) {
            boolean moved = false;
            for (int i = 0; i < changes.size() && !moved; i++) {
                if (!(changes.get(i) instanceof DropTable parent)) continue;
                for (int j = i + 1; j < changes.size(); j++) {
                    if (changes.get(j) instanceof DropTable child && childOf(child.table(), parent.table().name())) {
                        changes.add(i, changes.remove(j));
                        moved = true;
                        break;
                    }
                }
            }
            if (!moved) return;
        }
    }

    private static boolean childOf(Table t, String parent) {
        return t.attrs().get(io.atlas4j.postgres.PgInherits.class).map(p -> p.parents().contains(parent)).orElse(false)
                || t.attrs().get(io.atlas4j.postgres.PgPartitionOf.class).map(p -> p.parent().equals(parent)).orElse(false);
    }

    private static boolean usesRowType(PgFunction f, Set<String> tables) {
        if (tables.isEmpty()) return false;
        for (String word : (f.result() + " " + f.arguments() + " " + header(f)).split("[^A-Za-z0-9_$\"]+")) {
            if (tables.contains(PgCatalogMapper.unquote(word))) return true;
        }
        return false;
    }

    /** {@return the first line of a routine's definition: name and parameters} */
    static String header(PgFunction f) {
        int nl = f.definition().indexOf('\n');
        return nl < 0 ? f.definition() : f.definition().substring(0, nl);
    }

    private static int weightOf(Change c) {
        if (c instanceof AddObject a) return weight(a.object());
        if (c instanceof ModifyObject m) return weight(m.to());
        if (c instanceof DropObject d) return weight(d.object());
        return 0;
    }

    private static int weight(SchemaObject o) {
        if (o instanceof PgExtension) return 0;
        if (o instanceof PgEnum) return 1;
        if (o instanceof PgSequence) return 2;
        if (o instanceof PgFunction f) return f.kind().equals("aggregate") ? 4 : 3;
        if (o instanceof PgDomain) return 5;
        if (o instanceof PgCompositeType) return 6;
        return -1; // triggers and unknown objects keep the generic order
    }
}
