package io.atlas4j.mssql.internal;

import io.atlas4j.change.AddObject;
import io.atlas4j.change.AddSchema;
import io.atlas4j.change.AddTable;
import io.atlas4j.change.AddView;
import io.atlas4j.change.Change;
import io.atlas4j.change.DropObject;
import io.atlas4j.change.DropSchema;
import io.atlas4j.change.DropTable;
import io.atlas4j.change.DropView;
import io.atlas4j.change.Edit;
import io.atlas4j.change.ModifyObject;
import io.atlas4j.change.ModifySchema;
import io.atlas4j.change.ModifyTable;
import io.atlas4j.change.ModifyView;
import io.atlas4j.change.RenameTable;
import io.atlas4j.diff.DiffHooks;
import io.atlas4j.error.UnsupportedChangeException;
import io.atlas4j.mssql.Routine;
import io.atlas4j.mssql.SchemaBinding;
import io.atlas4j.mssql.Sequence;
import io.atlas4j.mssql.UniqueConstraint;
import io.atlas4j.mssql.UserType;
import io.atlas4j.plan.ChangeOrder;
import io.atlas4j.plan.Plan;
import io.atlas4j.plan.PlanOptions;
import io.atlas4j.plan.Planner;
import io.atlas4j.plan.Statement;
import io.atlas4j.schema.Column;
import io.atlas4j.schema.Comment;
import io.atlas4j.schema.ForeignKey;
import io.atlas4j.schema.Index;
import io.atlas4j.schema.SchemaObject;
import io.atlas4j.schema.Table;
import io.atlas4j.schema.Trigger;
import io.atlas4j.schema.View;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Plans T-SQL. Stateless: each call builds its own state. Changes are ordered with {@link ChangeOrder}
 * (foreign-key cycles split out); foreign keys that go away or change are dropped before anything
 * else and added back after everything else, so primary keys and columns they lean on can change in
 * between. SQL Server runs DDL in transactions, so the plan is transactional. Each statement is its
 * own batch, as {@code CREATE VIEW}, {@code CREATE TRIGGER} and the routines require.
 */
public final class MssqlPlanner implements Planner {
    public static final MssqlPlanner INSTANCE = new MssqlPlanner();

    private MssqlPlanner() {
    }

    @Override
    public Plan plan(List<Change> changes, PlanOptions options) {
        List<Change> sorted = ChangeOrder.sort(expand(changes), true, DiffHooks::foldCase);
        List<Statement> first = new ArrayList<>();
        List<Statement> main = new ArrayList<>();
        List<Statement> last = new ArrayList<>();
        Set<String> modified = new HashSet<>();
        for (Change c : sorted) if (c instanceof ModifyTable m) modified.add(DiffHooks.foldCase(m.from().name()));
        Visitor v = new Visitor(options, first, last);
        for (Change c : sorted) {
            // a table about to be dropped may point at a table that changes first; release those keys up front
            if (c instanceof DropTable d) {
                MssqlDdl ddl = new MssqlDdl(d.schema(), options.qualifySchema());
                for (ForeignKey fk : d.table().foreignKeys()) {
                    if (modified.contains(DiffHooks.foldCase(fk.refTable().name()))) {
                        first.add(st("ALTER TABLE " + ddl.table(d.table().name()) + " DROP CONSTRAINT " + Tsql.id(fk.name()),
                                "drop foreign key " + fk.name() + " of " + d.table().name(), List.of(), d));
                    }
                }
            }
            main.addAll(c.accept(v));
        }
        List<Statement> out = new ArrayList<>(first);
        out.addAll(main);
        out.addAll(last);
        return new Plan(out, true);
    }

    /** A new schema's contents become changes of their own, and so do a dropped one's: SQL Server drops only empty schemas. */
    private static List<Change> expand(List<Change> changes) {
        List<Change> out = new ArrayList<>();
        for (Change c : changes) {
            if (c instanceof AddSchema a) {
                io.atlas4j.schema.Schema s = a.schema();
                out.add(new AddSchema(io.atlas4j.schema.Schema.empty(s.name()).withAttrs(s.attrs())));
                for (Table t : s.tables()) out.add(new AddTable(s.name(), t));
                for (View v : s.views()) out.add(new AddView(s.name(), v));
                for (SchemaObject o : s.objects()) out.add(new AddObject(s.name(), o));
            } else if (c instanceof DropSchema d) {
                io.atlas4j.schema.Schema s = d.schema();
                for (SchemaObject o : s.objects()) if (!(o instanceof Trigger)) out.add(new DropObject(s.name(), o));
                for (View v : s.views()) out.add(new DropView(s.name(), v));
                for (Table t : s.tables()) out.add(new DropTable(s.name(), t));
                out.add(new DropSchema(io.atlas4j.schema.Schema.empty(s.name())));
            } else {
                out.add(c);
            }
        }
        return out;
    }

    static Statement st(String sql, String comment, List<String> reverse, Edit source) {
        return new Statement(sql, comment, reverse, source, true);
    }

    private static final class Visitor implements Change.Visitor<List<Statement>> {
        private final PlanOptions options;
        private final List<Statement> first;
        private final List<Statement> last;

        Visitor(PlanOptions options, List<Statement> first, List<Statement> last) {
            this.options = options;
            this.first = first;
            this.last = last;
        }

        private MssqlDdl ddl(String schema) {
            return new MssqlDdl(schema, options.qualifySchema());
        }

        @Override
        public List<Statement> addSchema(AddSchema c) {
            String n = Tsql.id(c.schema().name());
            return List.of(st("CREATE SCHEMA " + n, "create schema " + c.schema().name(), List.of("DROP SCHEMA " + n), c));
        }

        @Override
        public List<Statement> dropSchema(DropSchema c) {
            return List.of(st("DROP SCHEMA " + Tsql.id(c.schema().name()), "drop schema " + c.schema().name(), List.of(), c));
        }

        @Override
        public List<Statement> modifySchema(ModifySchema c) {
            return List.of();
        }

        @Override
        public List<Statement> addTable(AddTable c) {
            Table t = c.table();
            MssqlDdl ddl = ddl(c.schema());
            List<String> defs = new ArrayList<>();
            for (Column col : t.columns()) defs.add(ddl.column(t.name(), col, true));
            t.primaryKey().ifPresent(pk -> defs.add(ddl.primaryKey(pk)));
            List<Index> separate = new ArrayList<>();
            for (Index i : t.indexes()) {
                if (i.attrs().has(UniqueConstraint.class) && !i.attrs().has(io.atlas4j.schema.IndexPredicate.class)
                        && !i.attrs().has(io.atlas4j.mssql.IncludedColumns.class)) defs.add(ddl.unique(i));
                else separate.add(i);
            }
            for (ForeignKey fk : t.foreignKeys()) defs.add(ddl.foreignKey(fk));
            t.checks().forEach(k -> defs.add(ddl.check(k)));
            String name = ddl.table(t.name());
            List<Statement> out = new ArrayList<>();
            out.add(st("CREATE TABLE " + name + " (\n  " + String.join(",\n  ", defs) + "\n)", "create table " + t.name(),
                    List.of("DROP TABLE " + name), c));
            for (Index i : separate) out.add(st(ddl.createIndex(t.name(), i, c), "create index " + i.name() + " on " + t.name(), List.of(), c));
            t.attrs().get(Comment.class).ifPresent(x -> out.add(st(MssqlTableAlter.comment(c.schema(), t.name(), null, x.text(), false),
                    "comment on table " + t.name(), List.of(), c)));
            for (Column col : t.columns()) {
                col.attrs().get(Comment.class).ifPresent(x -> out.add(st(MssqlTableAlter.comment(c.schema(), t.name(), col.name(), x.text(), false),
                        "comment on column " + t.name() + "." + col.name(), List.of(), c)));
            }
            return out;
        }

        @Override
        public List<Statement> dropTable(DropTable c) {
            return List.of(st("DROP TABLE " + ddl(c.schema()).table(c.table().name()), "drop table " + c.table().name(), List.of(), c));
        }

        @Override
        public List<Statement> modifyTable(ModifyTable c) {
            MssqlTableAlter alter = new MssqlTableAlter(c, ddl(c.schema()));
            first.addAll(alter.foreignKeyDrops());
            last.addAll(alter.foreignKeyAdds());
            return alter.statements();
        }

        @Override
        public List<Statement> renameTable(RenameTable c) {
            MssqlDdl ddl = ddl(c.schema());
            return List.of(st("EXEC sp_rename " + ddl.renameArg(c.from().name()) + ", " + Tsql.str(c.to().name()),
                    "rename table " + c.from().name() + " to " + c.to().name(),
                    List.of("EXEC sp_rename " + ddl.renameArg(c.to().name()) + ", " + Tsql.str(c.from().name())), c));
        }

        @Override
        public List<Statement> addView(AddView c) {
            return List.of(st(createView(c.schema(), c.view()), "create view " + c.view().name(), List.of(dropView(c.schema(), c.view())), c));
        }

        private String createView(String schema, View v) {
            return "CREATE VIEW " + ddl(schema).table(v.name()) + (v.attrs().has(SchemaBinding.class) ? " WITH SCHEMABINDING" : "")
                    + " AS\n" + v.definition();
        }

        private String dropView(String schema, View v) {
            return "DROP VIEW " + ddl(schema).table(v.name());
        }

        @Override
        public List<Statement> dropView(DropView c) {
            return List.of(st(dropView(c.schema(), c.view()), "drop view " + c.view().name(), List.of(createView(c.schema(), c.view())), c));
        }

        @Override
        public List<Statement> modifyView(ModifyView c) {
            String sql = createView(c.schema(), c.to()).replaceFirst("^CREATE VIEW", "ALTER VIEW");
            return List.of(st(sql, "alter view " + c.to().name(), List.of(createView(c.schema(), c.from()).replaceFirst("^CREATE VIEW", "ALTER VIEW")), c));
        }

        @Override
        public List<Statement> addObject(AddObject c) {
            return List.of(st(create(c.schema(), c.object(), c), "create " + c.object().kind() + " " + c.object().name(),
                    List.of(drop(c.schema(), c.object(), c)), c));
        }

        @Override
        public List<Statement> dropObject(DropObject c) {
            return List.of(st(drop(c.schema(), c.object(), c), "drop " + c.object().kind() + " " + c.object().name(),
                    List.of(create(c.schema(), c.object(), c)), c));
        }

        @Override
        public List<Statement> modifyObject(ModifyObject c) {
            if (c.to() instanceof Trigger || c.to() instanceof Routine) {
                // the module's own text, turned into CREATE OR ALTER: keeps permissions and never leaves it missing
                String sql = createOrAlter(create(c.schema(), c.to(), c));
                return List.of(st(sql, "alter " + c.to().kind() + " " + c.to().name(), List.of(createOrAlter(create(c.schema(), c.from(), c))), c));
            }
            return List.of(st(drop(c.schema(), c.from(), c), "drop " + c.from().kind() + " " + c.from().name(), List.of(), c),
                    st(create(c.schema(), c.to(), c), "create " + c.to().kind() + " " + c.to().name(), List.of(), c));
        }

        private static String createOrAlter(String definition) {
            return definition.replaceFirst("(?is)^\\s*CREATE\\s+(?:OR\\s+ALTER\\s+)?", "CREATE OR ALTER ");
        }

        private String create(String schema, SchemaObject o, Edit source) {
            if (o instanceof Trigger t) return t.definition();
            if (o instanceof Routine r) return r.definition();
            if (o instanceof Sequence s) {
                return "CREATE SEQUENCE " + ddl(schema).table(s.name()) + " AS " + s.type() + " START WITH " + s.start() + " INCREMENT BY "
                        + s.increment() + " MINVALUE " + s.min() + " MAXVALUE " + s.max() + (s.cycle() ? " CYCLE" : " NO CYCLE")
                        + (s.cache() == 0 ? " NO CACHE" : s.cache() > 0 ? " CACHE " + s.cache() : "");
            }
            if (o instanceof UserType u) return "CREATE TYPE " + ddl(schema).table(u.name()) + " FROM " + u.base() + (u.nullable() ? " NULL" : " NOT NULL");
            throw new UnsupportedChangeException(source, "SQL Server cannot create a " + o.kind() + " (\"" + o.name() + "\")");
        }

        private String drop(String schema, SchemaObject o, Edit source) {
            String kind = o instanceof Trigger ? "TRIGGER" : o instanceof Routine r ? r.kind().toUpperCase(Locale.ROOT)
                    : o instanceof Sequence ? "SEQUENCE" : o instanceof UserType ? "TYPE" : null;
            if (kind == null) throw new UnsupportedChangeException(source, "SQL Server cannot drop a " + o.kind() + " (\"" + o.name() + "\")");
            return "DROP " + kind + " " + ddl(schema).table(o.name());
        }
    }
}
