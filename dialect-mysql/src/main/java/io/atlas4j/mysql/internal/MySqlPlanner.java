package io.atlas4j.mysql.internal;

import io.atlas4j.change.AddObject;
import io.atlas4j.change.AddSchema;
import io.atlas4j.change.AddTable;
import io.atlas4j.change.AddView;
import io.atlas4j.change.Change;
import io.atlas4j.change.DropObject;
import io.atlas4j.change.DropSchema;
import io.atlas4j.change.DropTable;
import io.atlas4j.change.DropView;
import io.atlas4j.change.ModifyObject;
import io.atlas4j.change.ModifySchema;
import io.atlas4j.change.ModifyTable;
import io.atlas4j.change.AddCheck;
import io.atlas4j.change.AddForeignKey;
import io.atlas4j.change.ModifyCheck;
import io.atlas4j.change.ModifyForeignKey;
import io.atlas4j.change.TableChange;
import io.atlas4j.change.ModifyView;
import io.atlas4j.change.RenameTable;
import io.atlas4j.error.UnsupportedChangeException;
import io.atlas4j.mysql.Event;
import io.atlas4j.mysql.Routine;
import io.atlas4j.mysql.Sequence;
import io.atlas4j.mysql.ServerInfo;
import io.atlas4j.mysql.ViewOptions;
import io.atlas4j.plan.ChangeOrder;
import io.atlas4j.plan.Plan;
import io.atlas4j.plan.PlanOptions;
import io.atlas4j.plan.Planner;
import io.atlas4j.plan.Statement;
import io.atlas4j.schema.Charset;
import io.atlas4j.schema.Collation;
import io.atlas4j.schema.ForeignKey;
import io.atlas4j.schema.SchemaObject;
import io.atlas4j.schema.Table;
import io.atlas4j.schema.Trigger;
import io.atlas4j.schema.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Plans MySQL DDL. Stateless: each call builds its own state. Changes are ordered with
 * {@link ChangeOrder} (foreign-key cycles split out); every table's changes become one
 * {@code ALTER TABLE} (plus one for dropped constraints and one for partitioning). MySQL commits
 * DDL implicitly, so the plan is not transactional: statements run one by one.
 */
public final class MySqlPlanner implements Planner {
    private final ServerInfo server;
    private final MySqlDdl ddl;

    private final boolean onlineHints;

    public MySqlPlanner(ServerInfo server, MySqlTypes types) {
        this(server, types, false);
    }

    public MySqlPlanner(ServerInfo server, MySqlTypes types, boolean onlineHints) {
        this.server = server;
        this.ddl = new MySqlDdl(server, types);
        this.onlineHints = onlineHints;
    }

    @Override
    public Plan plan(List<Change> changes, PlanOptions options) {
        // Foreign keys and checks are dropped first, all of them: a key still pointing at a column or
        // table another change drops or rebuilds would block it, and change order cannot see that.
        List<Statement> first = new ArrayList<>();
        List<Statement> out = new ArrayList<>();
        Visitor v = new Visitor(options, first, MySqlRenames.of(changes), changes);
        // Table names compare as the server does: folded when lower_case_table_names is set.
        List<Change> sorted = ChangeOrder.sort(changes, true,
                n -> server.lowerCaseTableNames() != 0 ? io.atlas4j.diff.DiffHooks.foldCase(n) : n);
        java.util.Set<String> modified = new java.util.HashSet<>();
        for (Change c : sorted) if (c instanceof ModifyTable m) modified.add(m.from().name());
        for (Change c : sorted) {
            // A table being dropped may still point at a table being altered; release those keys first.
            if (c instanceof DropTable d) {
                List<String> fks = d.table().foreignKeys().stream().filter(fk -> fk.refTable().schema().isEmpty()
                        && modified.contains(fk.refTable().name()) && !fk.name().isEmpty())
                        .map(fk -> "DROP FOREIGN KEY " + Sql.id(fk.name())).toList();
                if (!fks.isEmpty()) {
                    first.add(st("ALTER TABLE " + ddl.name(d.schema(), d.table().name(), options.qualifySchema()) + " "
                            + String.join(", ", fks), "drop constraints of " + d.table().name(), List.of(), d));
                }
            }
            out.addAll(c.accept(v));
        }
        first.addAll(out);
        return new Plan(first, false);
    }

    private static Statement st(String sql, String comment, List<String> reverse, io.atlas4j.change.Edit source) {
        return new Statement(sql, comment, reverse, source, false);
    }

    private final class Visitor implements Change.Visitor<List<Statement>> {
        private final boolean q;
        private final List<Statement> first;
        private final MySqlRenames renames;
        private final MySqlRenames reverseRenames;

        Visitor(PlanOptions options, List<Statement> first, MySqlRenames renames, List<Change> changes) {
            this.q = options.qualifySchema();
            this.first = first;
            this.renames = renames;
            this.reverseRenames = renames.inverse(changes);
        }

        @Override
        public List<Statement> addSchema(AddSchema c) {
            String name = Sql.id(c.schema().name());
            return List.of(st("CREATE DATABASE " + name + schemaOptions(c.schema().attrs()), "create database " + c.schema().name(),
                    List.of("DROP DATABASE " + name), c));
        }

        @Override
        public List<Statement> dropSchema(DropSchema c) {
            return List.of(st("DROP DATABASE " + Sql.id(c.schema().name()), "drop database " + c.schema().name(), List.of(), c));
        }

        @Override
        public List<Statement> modifySchema(ModifySchema c) {
            String opts = schemaOptions(c.to().attrs());
            if (opts.isEmpty()) return List.of();
            String name = Sql.id(c.from().name());
            String back = schemaOptions(c.from().attrs());
            return List.of(st("ALTER DATABASE " + name + opts, "modify database " + c.from().name(),
                    back.isEmpty() ? List.of() : List.of("ALTER DATABASE " + name + back), c));
        }

        private String schemaOptions(io.atlas4j.schema.Attrs attrs) {
            var coll = attrs.get(Collation.class);
            if (coll.isPresent()) return " CHARACTER SET " + MySqlAssembler.charsetOf(coll.get().name()) + " COLLATE " + coll.get().name();
            return attrs.get(Charset.class).map(cs -> " CHARACTER SET " + cs.name()).orElse("");
        }

        @Override
        public List<Statement> addTable(AddTable c) {
            Table t = c.table();
            String name = ddl.name(c.schema(), t.name(), q);
            List<String> defs = new ArrayList<>();
            t.columns().forEach(col -> defs.add(ddl.column(col, t, false)));
            t.primaryKey().ifPresent(pk -> defs.add(ddl.primaryKey(pk)));
            t.indexes().forEach(i -> defs.add(ddl.index(i)));
            for (ForeignKey fk : t.foreignKeys()) defs.add(ddl.foreignKey(fk, c.schema(), q));
            t.checks().forEach(k -> defs.add(MySqlDdl.check(k)));
            String opts = ddl.tableOptions(t.attrs());
            String sql = "CREATE TABLE " + name + " (\n  " + String.join(",\n  ", defs) + "\n)" + (opts.isEmpty() ? "" : " " + opts)
                    + MySqlDdl.partitioning(t);
            return List.of(st(sql, "create table " + t.name(), List.of("DROP TABLE " + name), c));
        }

        @Override
        public List<Statement> dropTable(DropTable c) {
            return List.of(st("DROP TABLE " + ddl.name(c.schema(), c.table().name(), q), "drop table " + c.table().name(), List.of(), c));
        }

        @Override
        public List<Statement> modifyTable(ModifyTable c) {
            MySqlAlter alter = new MySqlAlter(server, ddl, c, q, onlineHints, renames);
            List<Statement> rest = alter.statements();
            Optional<Statement> drop = alter.dropStatement();
            // Reverse where simple: the inverse change, planned the same way, undoes the main statement;
            // the hoisted constraint drops are undone by their own inverse (re-adding them).
            Optional<ModifyTable> inverse = MySqlInverse.of(c);
            if (inverse.isPresent() && rest.size() <= 1 && rest.stream().noneMatch(Statement::isDestructive)) {
                List<TableChange> readd = new ArrayList<>();
                List<TableChange> others = new ArrayList<>();
                for (TableChange tc : inverse.get().changes()) {
                    boolean undoesDrop = tc instanceof AddForeignKey || tc instanceof AddCheck;
                    boolean undoesModify = tc instanceof ModifyForeignKey || tc instanceof ModifyCheck;
                    if (undoesDrop && drop.isPresent()) readd.add(tc);
                    else if (undoesModify) return unreversed(rest, drop);
                    else others.add(tc);
                }
                List<String> back = sqls(new ModifyTable(c.schema(), c.to(), c.from(), others));
                rest = rest.stream().map(st -> withReverse(st, back)).toList();
                if (drop.isPresent()) {
                    drop = Optional.of(withReverse(drop.get(), sqls(new ModifyTable(c.schema(), c.to(), c.from(), readd))));
                }
            }
            drop.ifPresent(first::add);
            return rest;
        }

        private List<Statement> unreversed(List<Statement> rest, Optional<Statement> drop) {
            drop.ifPresent(first::add);
            return rest;
        }

        private List<String> sqls(ModifyTable m) {
            if (m.changes().isEmpty()) return List.of();
            MySqlAlter a = new MySqlAlter(server, ddl, m, q, onlineHints, reverseRenames);
            List<String> out = new ArrayList<>();
            List<Statement> main = a.statements();
            a.dropStatement().ifPresent(s -> out.add(s.sql()));
            main.forEach(s -> out.add(s.sql()));
            return out;
        }

        private Statement withReverse(Statement s, List<String> reverse) {
            return new Statement(s.sql(), s.comment(), reverse, s.source(), false);
        }

        @Override
        public List<Statement> renameTable(RenameTable c) {
            String from = ddl.name(c.schema(), c.from().name(), q);
            String to = ddl.name(c.schema(), c.to().name(), q);
            return List.of(st("RENAME TABLE " + from + " TO " + to, "rename table " + c.from().name() + " to " + c.to().name(),
                    List.of("RENAME TABLE " + to + " TO " + from), c));
        }

        @Override
        public List<Statement> addView(AddView c) {
            String name = ddl.name(c.schema(), c.view().name(), q);
            return List.of(st(view("CREATE", name, c.view()), "create view " + c.view().name(), List.of("DROP VIEW " + name), c));
        }

        @Override
        public List<Statement> dropView(DropView c) {
            String name = ddl.name(c.schema(), c.view().name(), q);
            return List.of(st("DROP VIEW " + name, "drop view " + c.view().name(), List.of(view("CREATE", name, c.view())), c));
        }

        @Override
        public List<Statement> modifyView(ModifyView c) {
            String name = ddl.name(c.schema(), c.to().name(), q);
            return List.of(st(view("CREATE OR REPLACE", name, c.to()), "modify view " + c.to().name(),
                    List.of(view("CREATE OR REPLACE", name, c.from())), c));
        }

        private String view(String verb, String name, View v) {
            ViewOptions o = v.attrs().get(ViewOptions.class).orElse(ViewOptions.DEFAULTS);
            StringBuilder sb = new StringBuilder(verb);
            if (!o.algorithm().equals("UNDEFINED")) sb.append(" ALGORITHM=").append(o.algorithm());
            if (!o.security().equals("DEFINER")) sb.append(" SQL SECURITY ").append(o.security());
            sb.append(" VIEW ").append(name).append(" AS ").append(v.definition());
            if (!o.checkOption().equals("NONE")) sb.append(" WITH ").append(o.checkOption()).append(" CHECK OPTION");
            return sb.toString();
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
            if (c.from() instanceof Event from && c.to() instanceof Event to && (to.ends().isPresent() || from.ends().isEmpty())) {
                // ALTER EVENT changes everything but an ENDS it is not given: that one only goes with the event.
                String name = ddl.name(c.schema(), to.name(), q);
                boolean reversible = from.ends().isPresent() || to.ends().isEmpty();
                return List.of(st(event("ALTER", name, to), "modify event " + to.name(),
                        reversible ? List.of(event("ALTER", name, from)) : List.of(), c));
            }
            String comment = "replace " + c.to().kind() + " " + c.to().name();
            return List.of(st(drop(c.schema(), c.from(), c), comment, List.of(create(c.schema(), c.from(), c)), c),
                    st(create(c.schema(), c.to(), c), comment, List.of(drop(c.schema(), c.to(), c)), c));
        }

        /** {@return CREATE or ALTER EVENT with every clause spelled out, so ALTER leaves nothing of the old event behind} */
        private String event(String verb, String name, Event e) {
            return verb + " EVENT " + name + " ON SCHEDULE " + e.schedule() + " ON COMPLETION " + (e.preserve() ? "" : "NOT ")
                    + "PRESERVE " + e.status() + " COMMENT " + Sql.str(e.comment()) + " DO " + e.body();
        }

        private String create(String schema, SchemaObject o, Change source) {
            if (o instanceof Trigger t) return t.definition();
            if (o instanceof Event e) return event("CREATE", ddl.name(schema, e.name(), q), e);
            if (o instanceof Routine r) return r.definition();
            if (o instanceof Sequence s) {
                requireSequences(source);
                return "CREATE SEQUENCE " + Sql.id(s.name()) + " START WITH " + s.start() + " MINVALUE " + s.minValue()
                        + " MAXVALUE " + s.maxValue() + " INCREMENT BY " + s.increment() + " CACHE " + s.cache()
                        + (s.cycle() ? " CYCLE" : " NOCYCLE");
            }
            throw unsupported(o, source);
        }

        private String drop(String schema, SchemaObject o, Change source) {
            String name = ddl.name(schema, o.name(), q);
            if (o instanceof Trigger) return "DROP TRIGGER " + name;
            if (o instanceof Event) return "DROP EVENT " + name;
            if (o instanceof Routine r) return "DROP " + (r.kind().equals("function") ? "FUNCTION " : "PROCEDURE ") + name;
            if (o instanceof Sequence) {
                requireSequences(source);
                return "DROP SEQUENCE " + name;
            }
            throw unsupported(o, source);
        }

        private void requireSequences(Change source) {
            if (!server.isMariaDb()) {
                throw new UnsupportedChangeException(source, "MySQL has no sequences: use an AUTO_INCREMENT column, "
                        + "or plan against a MariaDB server (MySqlDialect.forConnection)");
            }
        }

        private UnsupportedChangeException unsupported(SchemaObject o, Change source) {
            return new UnsupportedChangeException(source, "MySQL has no " + o.kind() + " objects (\"" + o.name()
                    + "\"): remove it from the desired schema or manage it outside atlas4j");
        }
    }
}
