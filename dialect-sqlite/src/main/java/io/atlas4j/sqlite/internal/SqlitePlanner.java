package io.atlas4j.sqlite.internal;

import io.atlas4j.change.AddAttr;
import io.atlas4j.change.AddCheck;
import io.atlas4j.change.AddForeignKey;
import io.atlas4j.change.AddIndex;
import io.atlas4j.change.AddObject;
import io.atlas4j.change.AddPrimaryKey;
import io.atlas4j.change.AddSchema;
import io.atlas4j.change.AddTable;
import io.atlas4j.change.AddView;
import io.atlas4j.change.Change;
import io.atlas4j.change.DropAttr;
import io.atlas4j.change.DropCheck;
import io.atlas4j.change.DropForeignKey;
import io.atlas4j.change.DropIndex;
import io.atlas4j.change.DropObject;
import io.atlas4j.change.DropPrimaryKey;
import io.atlas4j.change.DropSchema;
import io.atlas4j.change.DropTable;
import io.atlas4j.change.DropView;
import io.atlas4j.change.Edit;
import io.atlas4j.change.ModifyAttr;
import io.atlas4j.change.ModifyCheck;
import io.atlas4j.change.ModifyColumn;
import io.atlas4j.change.ModifyForeignKey;
import io.atlas4j.change.ModifyIndex;
import io.atlas4j.change.ModifyObject;
import io.atlas4j.change.ModifyPrimaryKey;
import io.atlas4j.change.ModifySchema;
import io.atlas4j.change.ModifyTable;
import io.atlas4j.change.ModifyView;
import io.atlas4j.change.RenameIndex;
import io.atlas4j.change.RenameTable;
import io.atlas4j.change.TableChange;
import io.atlas4j.error.UnsupportedChangeException;
import io.atlas4j.plan.ChangeOrder;
import io.atlas4j.plan.Plan;
import io.atlas4j.plan.PlanOptions;
import io.atlas4j.plan.Planner;
import io.atlas4j.plan.Statement;
import io.atlas4j.schema.Index;
import io.atlas4j.schema.SchemaObject;
import io.atlas4j.schema.Trigger;
import io.atlas4j.schema.View;
import io.atlas4j.sqlite.SqliteTableTriggers;
import io.atlas4j.sqlite.SqliteVirtualTable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Plans SQLite DDL. Uses ALTER TABLE where SQLite allows it and otherwise rebuilds the table
 * ({@link TableRebuild}). View and trigger drops go first and trigger creations last, so that
 * table changes never trip over a dependent view or trigger. Stateless: each call has its own state.
 */
public final class SqlitePlanner implements Planner {
    public static final SqlitePlanner INSTANCE = new SqlitePlanner();

    private SqlitePlanner() {
    }

    @Override
    public Plan plan(List<Change> changes, PlanOptions options) {
        return new Run(changes, options).plan();
    }

    /** The state of one planning call. */
    private static final class Run implements Change.Visitor<Void> {
        private final List<Change> changes;
        private final PlanOptions options;
        private final List<Statement> first = new ArrayList<>();
        private final List<Statement> main = new ArrayList<>();
        private final List<Statement> last = new ArrayList<>();
        private final Set<String> triggersCreatedLast = new HashSet<>();
        private Map<ModifyTable, ModifyTable> afterRenames = Map.of();

        Run(List<Change> changes, PlanOptions options) {
            this.changes = changes;
            this.options = options;
        }

        Plan plan() {
            for (Change c : changes) {
                if (c instanceof AddObject a) triggersCreatedLast.add(SqliteDiffHooks.fold(a.object().name()));
                if (c instanceof ModifyObject m) triggersCreatedLast.add(SqliteDiffHooks.fold(m.to().name()));
            }
            afterRenames = RenameCoverage.reduce(changes);
            for (Change c : ChangeOrder.sort(changes, false, SqliteDiffHooks.INSTANCE::nameKey)) c.accept(this);
            List<Statement> all = new ArrayList<>(first);
            all.addAll(main);
            all.addAll(last);
            return new Plan(all, true);
        }

        @Override
        public Void addSchema(AddSchema c) {
            throw schemas(c);
        }

        @Override
        public Void dropSchema(DropSchema c) {
            throw schemas(c);
        }

        @Override
        public Void modifySchema(ModifySchema c) {
            throw schemas(c);
        }

        private static UnsupportedChangeException schemas(Edit c) {
            return new UnsupportedChangeException(c, "SQLite has a single schema (main) per database file and cannot "
                    + "create, drop or alter schemas: manage each attached database file with its own URL");
        }

        @Override
        public Void addTable(AddTable c) {
            String name = c.table().name();
            main.add(Statement.of(SqliteSql.createTable(c.table(), name), "create table " + name,
                    "DROP TABLE " + SqliteSql.q(name), c));
            for (Index i : TableRebuild.userIndexes(c.table())) {
                Index named = TableRebuild.named(i, name);
                main.add(Statement.of(SqliteSql.createIndex(named, name), "create index " + named.name() + " on " + name,
                        SqliteSql.dropIndex(named), c));
            }
            return null;
        }

        @Override
        public Void dropTable(DropTable c) {
            main.add(Statement.of("DROP TABLE " + SqliteSql.q(c.table().name()), "drop table " + c.table().name(), c));
            return null;
        }

        @Override
        public Void renameTable(RenameTable c) {
            String from = c.from().name();
            String to = c.to().name();
            main.add(Statement.of("ALTER TABLE " + SqliteSql.q(from) + " RENAME TO " + SqliteSql.q(to),
                    "rename table " + from + " to " + to, "ALTER TABLE " + SqliteSql.q(to) + " RENAME TO " + SqliteSql.q(from), c));
            return null;
        }

        @Override
        public Void modifyTable(ModifyTable c) {
            // What RENAME COLUMN rewrites by itself (keys, indexes, checks naming the column) needs no rebuild.
            ModifyTable left = afterRenames.getOrDefault(c, c);
            if (left.changes().isEmpty()) return null;
            if (Alterations.alterable(left)) main.addAll(Alterations.plan(left));
            else main.addAll(TableRebuild.plan(c, options.fillNullsWithDefault(), triggersCreatedLast, last));
            return null;
        }

        @Override
        public Void addView(AddView c) {
            main.add(Statement.of(SqliteSql.createView(c.view()), "create view " + c.view().name(),
                    "DROP VIEW " + SqliteSql.q(c.view().name()), c));
            return null;
        }

        @Override
        public Void dropView(DropView c) {
            first.add(Statement.of("DROP VIEW " + SqliteSql.q(c.view().name()), "drop view " + c.view().name(),
                    SqliteSql.createView(c.view()), c));
            return null;
        }

        @Override
        public Void modifyView(ModifyView c) {
            View from = c.from();
            first.add(Statement.of("DROP VIEW " + SqliteSql.q(from.name()), "drop view " + from.name() + " to replace it",
                    SqliteSql.createView(from), c));
            main.add(Statement.of(SqliteSql.createView(c.to()), "re-create view " + c.to().name(),
                    "DROP VIEW " + SqliteSql.q(c.to().name()), c));
            // DROP VIEW dropped the view's INSTEAD OF triggers too.
            for (Trigger t : c.to().attrs().get(SqliteTableTriggers.class).map(SqliteTableTriggers::triggers).orElse(List.of())) {
                if (triggersCreatedLast.contains(SqliteDiffHooks.fold(t.name()))) continue;
                last.add(Statement.of(TableRebuild.triggerSql(t), "re-create trigger " + t.name() + " of view " + c.to().name(), c));
            }
            return null;
        }

        @Override
        public Void addObject(AddObject c) {
            if (c.object() instanceof SqliteVirtualTable v) {
                main.add(Statement.of(v.definition().strip(), "create virtual table " + v.name(), "DROP TABLE " + SqliteSql.q(v.name()), c));
                return null;
            }
            Trigger t = trigger(c.object(), c);
            last.add(Statement.of(TableRebuild.triggerSql(t), "create trigger " + t.name(), "DROP TRIGGER " + SqliteSql.q(t.name()), c));
            return null;
        }

        @Override
        public Void dropObject(DropObject c) {
            if (c.object() instanceof SqliteVirtualTable v) {
                first.add(Statement.of("DROP TABLE " + SqliteSql.q(v.name()), "drop virtual table " + v.name(), v.definition().strip(), c));
                return null;
            }
            Trigger t = trigger(c.object(), c);
            first.add(Statement.of("DROP TRIGGER IF EXISTS " + SqliteSql.q(t.name()), "drop trigger " + t.name(),
                    TableRebuild.triggerSql(t), c));
            return null;
        }

        @Override
        public Void modifyObject(ModifyObject c) {
            if (c.from() instanceof SqliteVirtualTable a && c.to() instanceof SqliteVirtualTable b) {
                first.add(Statement.of("DROP TABLE " + SqliteSql.q(a.name()), "drop virtual table " + a.name() + " to replace it", c));
                main.add(Statement.of(b.definition().strip(), "re-create virtual table " + b.name(), c));
                return null;
            }
            Trigger from = trigger(c.from(), c);
            Trigger to = trigger(c.to(), c);
            first.add(Statement.of("DROP TRIGGER IF EXISTS " + SqliteSql.q(from.name()), "drop trigger " + from.name() + " to replace it",
                    TableRebuild.triggerSql(from), c));
            last.add(Statement.of(TableRebuild.triggerSql(to), "re-create trigger " + to.name(), "DROP TRIGGER " + SqliteSql.q(to.name()), c));
            return null;
        }

        private static Trigger trigger(SchemaObject o, Edit c) {
            if (o instanceof Trigger t) return t;
            throw new UnsupportedChangeException(c, "SQLite has no " + o.kind() + " objects (" + o.name()
                    + "): remove it from the desired schema");
        }
    }

    static boolean isIndexChange(TableChange c) {
        return c instanceof AddIndex || c instanceof DropIndex || c instanceof ModifyIndex || c instanceof RenameIndex;
    }

    /** {@return whether only a table rebuild can make the change} */
    static boolean isRebuildOnly(TableChange c) {
        return c instanceof ModifyColumn || c instanceof AddPrimaryKey || c instanceof DropPrimaryKey || c instanceof ModifyPrimaryKey
                || c instanceof AddForeignKey || c instanceof DropForeignKey || c instanceof ModifyForeignKey || c instanceof AddCheck
                || c instanceof DropCheck || c instanceof ModifyCheck || c instanceof AddAttr || c instanceof DropAttr
                || c instanceof ModifyAttr;
    }
}
