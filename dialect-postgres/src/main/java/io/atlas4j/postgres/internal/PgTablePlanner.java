package io.atlas4j.postgres.internal;

import io.atlas4j.change.AddAttr;
import io.atlas4j.change.AddCheck;
import io.atlas4j.change.AddColumn;
import io.atlas4j.change.AddForeignKey;
import io.atlas4j.change.AddIndex;
import io.atlas4j.change.AddPrimaryKey;
import io.atlas4j.change.AddTable;
import io.atlas4j.change.ColumnAspect;
import io.atlas4j.change.DropAttr;
import io.atlas4j.change.DropCheck;
import io.atlas4j.change.DropColumn;
import io.atlas4j.change.DropForeignKey;
import io.atlas4j.change.DropIndex;
import io.atlas4j.change.DropPrimaryKey;
import io.atlas4j.change.DropTable;
import io.atlas4j.change.Edit;
import io.atlas4j.change.ModifyAttr;
import io.atlas4j.change.ModifyCheck;
import io.atlas4j.change.ModifyColumn;
import io.atlas4j.change.ModifyForeignKey;
import io.atlas4j.change.ModifyIndex;
import io.atlas4j.change.ModifyPrimaryKey;
import io.atlas4j.change.ModifyTable;
import io.atlas4j.change.RenameColumn;
import io.atlas4j.change.RenameIndex;
import io.atlas4j.change.RenameTable;
import io.atlas4j.change.TableChange;
import io.atlas4j.error.UnsupportedChangeException;
import io.atlas4j.plan.PlanOptions;
import io.atlas4j.plan.Statement;
import io.atlas4j.postgres.PgArrayType;
import io.atlas4j.postgres.PgExclude;
import io.atlas4j.postgres.PgExcludes;
import io.atlas4j.postgres.PgIdentity;
import io.atlas4j.postgres.PgNotValid;
import io.atlas4j.postgres.PgPartitionKey;
import io.atlas4j.postgres.PgPartitionOf;
import io.atlas4j.postgres.PgInheritedColumn;
import io.atlas4j.postgres.PgInherits;
import io.atlas4j.postgres.PgRowSecurity;
import io.atlas4j.postgres.PgSerial;
import io.atlas4j.postgres.PgStorageParameters;
import io.atlas4j.postgres.PgUnlogged;
import io.atlas4j.postgres.PgUserType;
import io.atlas4j.schema.Attr;
import io.atlas4j.schema.Check;
import io.atlas4j.schema.Collation;
import io.atlas4j.schema.Column;
import io.atlas4j.schema.Comment;
import io.atlas4j.schema.ForeignKey;
import io.atlas4j.schema.Generated;
import io.atlas4j.schema.Index;
import io.atlas4j.schema.Table;
import io.atlas4j.schema.type.ColumnType;
import io.atlas4j.schema.type.UnsupportedType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Statements for table changes: CREATE/DROP TABLE and one grouped ALTER TABLE per modified table. */
final class PgTablePlanner {
    private final PlanOptions options;
    private final List<Statement> out;

    /** {@code keptSequences}: sequences (schema.name) that change between serial and standalone, see {@link PgSequenceOwnership} */
    PgTablePlanner(PlanOptions options, List<Statement> out, java.util.Set<String> keptSequences) {
        this.options = options;
        this.out = out;
        this.keptSequences = keptSequences;
    }

    private final java.util.Set<String> keptSequences;

    private PgSql sql(String schema) {
        return new PgSql(schema, options.qualifySchema());
    }

    void addTable(AddTable c) {
        PgSql s = sql(c.schema());
        Table t = c.table();
        String name = s.name(t.name());
        List<String> defs = new ArrayList<>();
        Optional<PgPartitionOf> partOf = t.attrs().get(PgPartitionOf.class);
        List<String> later = new ArrayList<>();
        Optional<PgInherits> inherits = t.attrs().get(PgInherits.class);
        if (partOf.isEmpty()) {
            for (Column col : t.columns()) {
                if (inherits.isEmpty() || !col.attrs().has(PgInheritedColumn.class)) defs.add(s.columnDef(col));
            }
        }
        t.primaryKey().ifPresent(pk -> defs.add(s.primaryKey(pk)));
        for (Index i : t.indexes()) if (PgSql.isConstraint(i)) defs.add(s.unique(i));
        for (Check ch : t.checks()) {
            if (ch.attrs().has(PgNotValid.class)) later.add("ALTER TABLE " + name + " ADD " + s.check(ch) + " NOT VALID");
            else defs.add(s.check(ch));
        }
        for (ForeignKey fk : t.foreignKeys()) {
            if (fk.attrs().has(PgNotValid.class)) later.add("ALTER TABLE " + name + " ADD " + s.foreignKey(fk) + " NOT VALID");
            else defs.add(s.foreignKey(fk));
        }
        t.attrs().get(PgExcludes.class).ifPresent(x -> x.constraints().forEach(e -> defs.add(exclude(e))));
        StringBuilder sb = new StringBuilder("CREATE ");
        if (t.attrs().has(PgUnlogged.class)) sb.append("UNLOGGED ");
        sb.append("TABLE ").append(name);
        if (partOf.isPresent()) {
            sb.append(" PARTITION OF ").append(s.name(partOf.get().parent()));
            if (!defs.isEmpty()) sb.append(" (\n  ").append(String.join(",\n  ", defs)).append("\n)");
            sb.append(' ').append(partOf.get().bound());
        } else {
            sb.append(" (\n  ").append(String.join(",\n  ", defs)).append("\n)");
        }
        inherits.ifPresent(i -> sb.append(" INHERITS (").append(String.join(", ", i.parents().stream().map(s::name).toList())).append(')'));
        t.attrs().get(PgPartitionKey.class).ifPresent(k -> sb.append(" PARTITION BY ").append(k.definition()));
        out.add(Statement.of(sb.toString(), "create table " + t.name(), "DROP TABLE " + name, c));
        for (String l : later) out.add(Statement.of(l, "add unvalidated constraint on " + t.name(), c));
        for (Index i : t.indexes()) {
            if (!PgSql.isConstraint(i)) out.add(Statement.of(s.createIndex(t.name(), i, false), "create index " + i.name() + " on " + t.name(), c));
        }
        t.attrs().get(PgRowSecurity.class).ifPresent(r -> rowSecurity(name, Optional.empty(), Optional.of(r)).forEach(
                sql -> out.add(Statement.of(sql, "row level security on " + t.name(), c))));
        comments(s, c, t.name(), Optional.empty(), t);
    }

    private static List<String> rowSecurity(String table, Optional<PgRowSecurity> from, Optional<PgRowSecurity> to) {
        List<String> out = new ArrayList<>();
        boolean enabledBefore = from.map(PgRowSecurity::enabled).orElse(false);
        boolean enabled = to.map(PgRowSecurity::enabled).orElse(false);
        boolean forcedBefore = from.map(PgRowSecurity::forced).orElse(false);
        boolean forced = to.map(PgRowSecurity::forced).orElse(false);
        if (enabled != enabledBefore) out.add("ALTER TABLE " + table + (enabled ? " ENABLE" : " DISABLE") + " ROW LEVEL SECURITY");
        if (forced != forcedBefore) out.add("ALTER TABLE " + table + (forced ? " FORCE" : " NO FORCE") + " ROW LEVEL SECURITY");
        return out;
    }

    private void comments(PgSql s, Edit c, String table, Optional<Table> from, Table to) {
        String name = s.name(table);
        Optional<Comment> before = from.flatMap(f -> f.attrs().get(Comment.class));
        Optional<Comment> after = to.attrs().get(Comment.class);
        if (!before.equals(after) && (from.isPresent() || after.isPresent())) {
            out.add(Statement.of("COMMENT ON TABLE " + name + " IS " + text(after), "comment on table " + table, c));
        }
        for (Column col : to.columns()) {
            Optional<Comment> b = from.flatMap(f -> f.column(col.name())).flatMap(x -> x.attrs().get(Comment.class));
            Optional<Comment> a = col.attrs().get(Comment.class);
            if (!a.equals(b) && (a.isPresent() || from.flatMap(f -> f.column(col.name())).isPresent())) {
                out.add(Statement.of("COMMENT ON COLUMN " + name + "." + PgSql.q(col.name()) + " IS " + text(a),
                        "comment on column " + table + "." + col.name(), c));
            }
        }
        for (Index i : to.indexes()) {
            Optional<Comment> a = i.attrs().get(Comment.class);
            Optional<Comment> b = from.flatMap(f -> f.index(i.name())).flatMap(x -> x.attrs().get(Comment.class));
            if (a.isPresent() && !a.equals(b) && !i.name().isEmpty()) {
                String target = PgSql.isConstraint(i) ? "CONSTRAINT " + PgSql.q(i.name()) + " ON " + name : "INDEX " + s.name(i.name());
                out.add(Statement.of("COMMENT ON " + target + " IS " + text(a), "comment on " + i.name(), c));
            }
        }
        to.primaryKey().ifPresent(pk -> pk.attrs().get(Comment.class).ifPresent(a -> {
            if (!pk.name().isEmpty() && !from.flatMap(Table::primaryKey).flatMap(x -> x.attrs().get(Comment.class)).equals(Optional.of(a))) {
                out.add(Statement.of("COMMENT ON CONSTRAINT " + PgSql.q(pk.name()) + " ON " + name + " IS " + text(Optional.of(a)),
                        "comment on " + pk.name(), c));
            }
        }));
        for (ForeignKey fk : to.foreignKeys()) constraintComment(c, name, fk.name(), fk.attrs().get(Comment.class));
        for (Check ch : to.checks()) constraintComment(c, name, ch.name(), ch.attrs().get(Comment.class));
    }

    private void constraintComment(Edit c, String table, String constraint, Optional<Comment> comment) {
        if (comment.isPresent() && !constraint.isEmpty() && c instanceof AddTable) {
            out.add(Statement.of("COMMENT ON CONSTRAINT " + PgSql.q(constraint) + " ON " + table + " IS " + text(comment),
                    "comment on " + constraint, c));
        }
    }

    private static String text(Optional<Comment> c) {
        return c.map(x -> PgIdent.literal(x.text())).orElse("NULL");
    }

    private static String exclude(PgExclude e) {
        return "CONSTRAINT " + PgSql.q(e.name()) + " " + e.definition();
    }

    void dropTable(DropTable c) {
        PgSql s = sql(c.schema());
        boolean partition = c.table().attrs().has(PgPartitionOf.class);
        out.add(Statement.of("DROP TABLE " + (partition ? "IF EXISTS " : "") + s.name(c.table().name()),
                "drop table " + c.table().name(), c));
    }

    void renameTable(RenameTable c) {
        PgSql s = sql(c.schema());
        out.add(Statement.of("ALTER TABLE " + s.name(c.from().name()) + " RENAME TO " + PgSql.q(c.to().name()),
                "rename table " + c.from().name() + " to " + c.to().name(),
                "ALTER TABLE " + s.name(c.to().name()) + " RENAME TO " + PgSql.q(c.from().name()), c));
    }

    void modifyTable(ModifyTable c) {
        PgSql s = sql(c.schema());
        Table from = c.from();
        Table to = c.to();
        String name = s.name(to.name());
        List<String> drops = new ArrayList<>();      // constraint drops, first
        List<String> columnDrops = new ArrayList<>();
        List<String> actions = new ArrayList<>();    // column adds/alters and constraint adds
        List<String> after = new ArrayList<>();      // statements after the ALTER TABLE
        List<Statement> nonTx = new ArrayList<>();
        boolean concurrent = options.concurrentIndexes();
        List<TableChange> changes = renames(s, c, name);
        for (TableChange tc : changes) {
            if (tc instanceof RenameColumn r) {
                out.add(Statement.of("ALTER TABLE " + name + " RENAME COLUMN " + PgSql.q(r.from().name()) + " TO " + PgSql.q(r.to().name()),
                        "rename column " + r.from().name(), "ALTER TABLE " + name + " RENAME COLUMN " + PgSql.q(r.to().name())
                                + " TO " + PgSql.q(r.from().name()), c));
            } else if (tc instanceof RenameIndex r) {
                out.add(Statement.of("ALTER INDEX " + s.name(r.from().name()) + " RENAME TO " + PgSql.q(r.to().name()),
                        "rename index " + r.from().name(), c));
            } else if (tc instanceof DropIndex d) {
                dropIndex(s, name, d.index(), concurrent, c, drops, nonTx);
            } else if (tc instanceof ModifyIndex m && inPlace(m.from(), m.to())) {
                storage(s, m.from(), m.to(), after);
            } else if (tc instanceof ModifyIndex m) {
                dropIndex(s, name, m.from(), concurrent, c, drops, nonTx);
                addIndex(s, to.name(), m.to(), concurrent, c, actions, after, nonTx);
            } else if (tc instanceof AddIndex a) {
                addIndex(s, to.name(), a.index(), concurrent, c, actions, after, nonTx);
            } else if (tc instanceof DropPrimaryKey d) {
                drops.add("DROP CONSTRAINT " + PgSql.q(d.primaryKey().name()));
            } else if (tc instanceof ModifyPrimaryKey m && inPlace(m.from(), m.to())) {
                if (!m.from().name().equals(m.to().name())) {
                    out.add(Statement.of("ALTER TABLE " + name + " RENAME CONSTRAINT " + PgSql.q(m.from().name()) + " TO " + PgSql.q(m.to().name()),
                            "rename primary key " + m.from().name(), c));
                }
                storage(s, m.from(), m.to(), after);
            } else if (tc instanceof ModifyPrimaryKey m) {
                drops.add("DROP CONSTRAINT " + PgSql.q(m.from().name()));
                actions.add("ADD " + s.primaryKey(m.to()));
            } else if (tc instanceof AddPrimaryKey a) {
                actions.add("ADD " + s.primaryKey(a.primaryKey()));
            } else if (tc instanceof DropForeignKey d) {
                drops.add("DROP CONSTRAINT " + PgSql.q(d.foreignKey().name()));
            } else if (tc instanceof ModifyForeignKey m && inPlace(m.from(), m.to())) {
                continue; // only its comment changes
            } else if (tc instanceof ModifyForeignKey m) {
                drops.add("DROP CONSTRAINT " + PgSql.q(m.from().name()));
                actions.add(addFk(s, m.to()));
            } else if (tc instanceof AddForeignKey a) {
                actions.add(addFk(s, a.foreignKey()));
            } else if (tc instanceof DropCheck d) {
                drops.add("DROP CONSTRAINT " + PgSql.q(d.check().name()));
            } else if (tc instanceof ModifyCheck m && inPlace(m.from(), m.to())) {
                continue; // only its comment changes
            } else if (tc instanceof ModifyCheck m) {
                drops.add("DROP CONSTRAINT " + PgSql.q(m.from().name()));
                actions.add(addCheck(s, m.to()));
            } else if (tc instanceof AddCheck a) {
                actions.add(addCheck(s, a.check()));
            } else if (tc instanceof DropColumn d && d.column().attrs().has(PgInheritedColumn.class)) {
                continue; // goes with the parent's column
            } else if (tc instanceof AddColumn a && a.column().attrs().has(PgInheritedColumn.class)) {
                continue; // comes with the parent's column
            } else if (tc instanceof DropColumn d) {
                columnDrops.add("DROP COLUMN " + PgSql.q(d.column().name()));
                if (d.column().attrs().has(PgSerial.class)) { /* the owned sequence goes with the column */ }
            } else if (tc instanceof AddColumn a) {
                actions.add("ADD COLUMN " + s.columnDef(a.column()));
            } else if (tc instanceof ModifyColumn m) {
                modifyColumn(s, name, to.name(), m, columnDrops, actions, after);
            } else if (tc instanceof AddAttr a) {
                attr(s, name, Optional.empty(), Optional.of(a.attr()), c, drops, actions, after);
            } else if (tc instanceof DropAttr d) {
                attr(s, name, Optional.of(d.attr()), Optional.empty(), c, drops, actions, after);
            } else if (tc instanceof ModifyAttr m) {
                attr(s, name, Optional.of(m.from()), Optional.of(m.to()), c, drops, actions, after);
            }
        }
        List<String> all = new ArrayList<>(drops);
        all.addAll(columnDrops);
        all.addAll(actions);
        if (!all.isEmpty()) {
            out.add(Statement.of("ALTER TABLE " + name + "\n  " + String.join(",\n  ", all), "modify table " + to.name(), c));
        }
        for (String a : after) out.add(Statement.of(a, "modify table " + to.name(), c));
        commentsOnModify(s, c, changes, from, to, nonTx);
        out.addAll(nonTx);
    }

    /**
     * Comments of a modified table, from its changes: a changed comment is set (or removed), and an
     * element that is created or re-created (dropped and added) gets its comment again. Comments
     * on indexes built concurrently follow them outside the transaction.
     */
    private void commentsOnModify(PgSql s, ModifyTable c, List<TableChange> changes, Table from, Table to, List<Statement> nonTx) {
        String name = s.name(to.name());
        Optional<Comment> was = from.attrs().get(Comment.class);
        Optional<Comment> now = to.attrs().get(Comment.class);
        if (!was.equals(now)) out.add(Statement.of("COMMENT ON TABLE " + name + " IS " + text(now), "comment on table " + to.name(), c));
        for (TableChange tc : changes) {
            if (tc instanceof AddColumn a && !a.column().attrs().has(PgInheritedColumn.class)) {
                columnComment(c, name, to.name(), a.column(), false);
            } else if (tc instanceof ModifyColumn m) {
                boolean changed = m.aspects().contains(ColumnAspect.COMMENT);
                if (changed || recreatesColumn(m)) columnComment(c, name, to.name(), m.to(), changed);
            } else if (tc instanceof AddIndex a) {
                indexComment(s, c, name, a.index(), false, nonTx);
            } else if (tc instanceof ModifyIndex m) {
                indexComment(s, c, name, m.to(), inPlace(m.from(), m.to()) && !sameComment(m.from().attrs(), m.to().attrs()), nonTx);
            } else if (tc instanceof AddPrimaryKey a) {
                constraintComment(c, name, a.primaryKey().name(), a.primaryKey().attrs(), false);
            } else if (tc instanceof ModifyPrimaryKey m) {
                boolean inPlace = inPlace(m.from(), m.to());
                if (!inPlace || !sameComment(m.from().attrs(), m.to().attrs())) constraintComment(c, name, m.to().name(), m.to().attrs(), inPlace);
            } else if (tc instanceof AddForeignKey a) {
                constraintComment(c, name, a.foreignKey().name(), a.foreignKey().attrs(), false);
            } else if (tc instanceof ModifyForeignKey m) {
                boolean inPlace = inPlace(m.from(), m.to());
                if (!inPlace || !sameComment(m.from().attrs(), m.to().attrs())) constraintComment(c, name, m.to().name(), m.to().attrs(), inPlace);
            } else if (tc instanceof AddCheck a) {
                constraintComment(c, name, a.check().name(), a.check().attrs(), false);
            } else if (tc instanceof ModifyCheck m) {
                boolean inPlace = inPlace(m.from(), m.to());
                if (!inPlace || !sameComment(m.from().attrs(), m.to().attrs())) constraintComment(c, name, m.to().name(), m.to().attrs(), inPlace);
            }
        }
    }

    /** Writes a column's comment; {@code clear} also writes its absence ({@code IS NULL}). */
    private void columnComment(Edit c, String table, String tableName, Column col, boolean clear) {
        Optional<Comment> a = col.attrs().get(Comment.class);
        if (a.isPresent() || clear) {
            out.add(Statement.of("COMMENT ON COLUMN " + table + "." + PgSql.q(col.name()) + " IS " + text(a),
                    "comment on column " + tableName + "." + col.name(), c));
        }
    }

    private void indexComment(PgSql s, Edit c, String table, Index i, boolean clear, List<Statement> nonTx) {
        if (PgSql.isConstraint(i)) {
            constraintComment(c, table, i.name(), i.attrs(), clear);
            return;
        }
        Optional<Comment> a = i.attrs().get(Comment.class);
        if ((a.isPresent() || clear) && !i.name().isEmpty()) {
            Statement st = Statement.of("COMMENT ON INDEX " + s.name(i.name()) + " IS " + text(a), "comment on " + i.name(), c);
            if (options.concurrentIndexes()) nonTx.add(st);
            else out.add(st);
        }
    }

    /** Writes a constraint's comment; {@code clear} also writes its absence ({@code IS NULL}). */
    private void constraintComment(Edit c, String table, String constraint, io.atlas4j.schema.Attrs attrs, boolean clear) {
        Optional<Comment> a = attrs.get(Comment.class);
        if ((a.isPresent() || clear) && !constraint.isEmpty()) {
            out.add(Statement.of("COMMENT ON CONSTRAINT " + PgSql.q(constraint) + " ON " + table + " IS " + text(a),
                    "comment on " + constraint, c));
        }
    }

    private static boolean sameComment(io.atlas4j.schema.Attrs a, io.atlas4j.schema.Attrs b) {
        return a.get(Comment.class).equals(b.get(Comment.class));
    }

    /** Attributes that change without re-creating the element: its comment, an index's storage parameters, its name. */
    private static io.atlas4j.schema.Attrs essential(io.atlas4j.schema.Attrs a) {
        return a.without(Comment.class).without(PgStorageParameters.class).without(PgRenamedTo.class);
    }

    /**
     * {@return whether an index or key differs only in what {@code COMMENT}, {@code ALTER INDEX ... SET} and a
     * rename change} (indexes compare under the same name; a primary key may be renamed)
     */
    static boolean inPlace(Index from, Index to) {
        return from.withAttrs(essential(from.attrs())).withName("").equals(to.withAttrs(essential(to.attrs())).withName(""));
    }

    /**
     * Pairs each dropped constraint or index that the diff hooks marked {@link PgRenamedTo} with
     * the added one of that name, and renames it instead (a rename keeps the index and spares
     * the validation scan). {@return the other changes}
     */
    private List<TableChange> renames(PgSql s, ModifyTable c, String table) {
        Map<String, TableChange> adds = new HashMap<>();
        for (TableChange tc : c.changes()) {
            if (tc instanceof AddCheck a) adds.put("check " + a.check().name(), tc);
            if (tc instanceof AddForeignKey a) adds.put("fk " + a.foreignKey().name(), tc);
            if (tc instanceof AddIndex a) adds.put("index " + a.index().name(), tc);
        }
        if (adds.isEmpty()) return c.changes();
        java.util.Set<TableChange> done = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (TableChange tc : c.changes()) {
            String from = null;
            String key = null;
            boolean index = false;
            Optional<PgRenamedTo> to = Optional.empty();
            if (tc instanceof DropCheck d) {
                from = d.check().name();
                to = d.check().attrs().get(PgRenamedTo.class);
                key = "check ";
            } else if (tc instanceof DropForeignKey d) {
                from = d.foreignKey().name();
                to = d.foreignKey().attrs().get(PgRenamedTo.class);
                key = "fk ";
            } else if (tc instanceof DropIndex d) {
                from = d.index().name();
                to = d.index().attrs().get(PgRenamedTo.class);
                key = "index ";
                index = !PgSql.isConstraint(d.index());
            }
            if (to.isEmpty() || !adds.containsKey(key + to.get().name())) continue;
            done.add(tc);
            done.add(adds.get(key + to.get().name()));
            String target = PgSql.q(to.get().name());
            out.add(Statement.of(index ? "ALTER INDEX " + s.name(from) + " RENAME TO " + target
                    : "ALTER TABLE " + table + " RENAME CONSTRAINT " + PgSql.q(from) + " TO " + target, "rename " + from + " to " + to.get().name(), c));
        }
        return c.changes().stream().filter(tc -> !done.contains(tc)).toList();
    }

    /** {@return whether a foreign key differs only in its comment} */
    static boolean inPlace(ForeignKey from, ForeignKey to) {
        return from.name().equals(to.name()) && from.withAttrs(essential(from.attrs())).equals(to.withAttrs(essential(to.attrs())));
    }

    /** {@return whether a check differs only in its comment (its expression compared as the diff hooks do)} */
    static boolean inPlace(Check from, Check to) {
        return from.name().equals(to.name()) && essential(from.attrs()).equals(essential(to.attrs()))
                && PgDiffHooks.looseExpr(from.expr()).equals(PgDiffHooks.looseExpr(to.expr()));
    }

    /** {@code ALTER INDEX ... SET / RESET} for storage parameters that changed. */
    private static void storage(PgSql s, Index from, Index to, List<String> after) {
        List<String> was = from.attrs().get(PgStorageParameters.class).map(PgStorageParameters::parameters).orElse(List.of());
        List<String> now = to.attrs().get(PgStorageParameters.class).map(PgStorageParameters::parameters).orElse(List.of());
        if (was.equals(now)) return;
        List<String> nowNames = to.attrs().get(PgStorageParameters.class).map(PgStorageParameters::names).orElse(List.of());
        List<String> reset = new ArrayList<>();
        for (String n : from.attrs().get(PgStorageParameters.class).map(PgStorageParameters::names).orElse(List.of())) {
            if (!nowNames.contains(n)) reset.add(n);
        }
        List<String> set = now.stream().filter(p -> !was.contains(p)).toList();
        if (!reset.isEmpty()) after.add("ALTER INDEX " + s.name(to.name()) + " RESET (" + String.join(", ", reset) + ")");
        if (!set.isEmpty()) after.add("ALTER INDEX " + s.name(to.name()) + " SET (" + String.join(", ", set) + ")");
    }

    private void dropIndex(PgSql s, String table, Index i, boolean concurrent, Edit c, List<String> drops, List<Statement> nonTx) {
        if (PgSql.isConstraint(i)) {
            drops.add("DROP CONSTRAINT " + PgSql.q(i.name()));
        } else if (concurrent) {
            out.add(new Statement(s.dropIndex(i, true), "drop index " + i.name() + " concurrently", List.of(), c, false));
        } else {
            out.add(Statement.of(s.dropIndex(i, false), "drop index " + i.name(), c));
        }
    }

    private void addIndex(PgSql s, String table, Index i, boolean concurrent, Edit c, List<String> actions, List<String> after,
                          List<Statement> nonTx) {
        if (PgSql.isConstraint(i)) {
            actions.add("ADD " + s.unique(i));
        } else if (concurrent) {
            nonTx.add(new Statement(s.createIndex(table, i, true), "create index " + i.name() + " concurrently",
                    i.name().isEmpty() ? List.of() : List.of(s.dropIndex(i, true)), c, false));
        } else {
            after.add(s.createIndex(table, i, false));
        }
    }

    private static String addFk(PgSql s, ForeignKey fk) {
        return "ADD " + s.foreignKey(fk) + (fk.attrs().has(PgNotValid.class) ? " NOT VALID" : "");
    }

    private static String addCheck(PgSql s, Check ch) {
        return "ADD " + s.check(ch) + (ch.attrs().has(PgNotValid.class) ? " NOT VALID" : "");
    }

    /** {@return whether the column is dropped and added again: PostgreSQL cannot change or add a generation expression in place} */
    static boolean recreatesColumn(ModifyColumn m) {
        return !m.from().attrs().get(Generated.class).equals(m.to().attrs().get(Generated.class))
                && m.to().attrs().has(Generated.class);
    }

    private void modifyColumn(PgSql s, String table, String tableName, ModifyColumn m, List<String> columnDrops,
                              List<String> actions, List<String> after) {
        Column f = m.from();
        Column t = m.to();
        String col = PgSql.q(t.name());
        String alter = "ALTER COLUMN " + col + " ";
        if (recreatesColumn(m)) {
            columnDrops.add("DROP COLUMN " + col); // the values are derived: nothing is lost
            actions.add("ADD COLUMN " + s.columnDef(t));
            return;
        }
        boolean genChanged = !f.attrs().get(Generated.class).equals(t.attrs().get(Generated.class));
        if (genChanged) actions.add(alter + "DROP EXPRESSION");
        Optional<PgSerial> fs = f.attrs().get(PgSerial.class);
        Optional<PgSerial> ts = t.attrs().get(PgSerial.class);
        Optional<PgIdentity> fi = f.attrs().get(PgIdentity.class);
        Optional<PgIdentity> ti = t.attrs().get(PgIdentity.class);
        boolean typeChanged = !f.type().equals(t.type()) || !f.attrs().get(Collation.class).equals(t.attrs().get(Collation.class));
        boolean defaultChanged = !f.defaultValue().equals(t.defaultValue()) || !fs.equals(ts);
        boolean newSerial = ts.isPresent() && !ts.equals(fs);
        if (fi.isPresent() && ti.isEmpty()) {
            if (newSerial) {
                // the identity's sequence goes first: the serial sequence created next may take its name
                out.add(Statement.of("ALTER TABLE " + table + " " + alter + "DROP IDENTITY", "identity to serial " + tableName + "." + t.name(), m));
            } else {
                actions.add(alter + "DROP IDENTITY");
            }
        }
        if (fs.isPresent() && !ts.equals(fs) && ti.isPresent()) {
            // the serial sequence goes before ADD GENERATED, so that the identity sequence gets the usual name
            out.add(Statement.of("ALTER TABLE " + table + " " + alter + "DROP DEFAULT", "serial to identity " + tableName + "." + t.name(), m));
            out.add(Statement.of("DROP SEQUENCE " + s.name(fs.get().sequence()), "serial to identity " + tableName + "." + t.name(), m));
        }
        if (typeChanged && (f.defaultValue().isPresent() || fs.isPresent())) actions.add(alter + "DROP DEFAULT");
        if (typeChanged) {
            StringBuilder sb = new StringBuilder(alter).append("TYPE ").append(s.type(t.type()));
            t.attrs().get(Collation.class).ifPresent(co -> sb.append(" COLLATE ").append(PgSql.q(co.name())));
            if (needsCast(f.type(), t.type())) {
                sb.append(" USING ").append(col).append(directCast(f.type(), t.type()) ? "" : "::text").append("::").append(s.type(t.type()));
            }
            actions.add(sb.toString());
        }
        if (fs.isPresent() && !ts.equals(fs) && ti.isEmpty()) {
            if (!typeChanged) actions.add(alter + "DROP DEFAULT");
            if (!kept(s, fs.get())) after.add("DROP SEQUENCE IF EXISTS " + s.name(fs.get().sequence()));
        }
        if (newSerial && kept(s, ts.get())) {
            // the sequence is there already, on its own: it becomes the column's, and keeps its position
            out.add(Statement.of("ALTER SEQUENCE " + s.name(ts.get().sequence()) + " AS " + s.type(t.type()),
                    "sequence for serial column " + tableName + "." + t.name(), m));
            actions.add(alter + "SET DEFAULT " + nextval(ts.get()));
            after.add("ALTER SEQUENCE " + s.name(ts.get().sequence()) + " OWNED BY " + table + "." + col);
        } else if (newSerial) {
            String seq = s.name(ts.get().sequence());
            String seqType = s.type(t.type());
            // the sequence must exist before the default names it; created ahead of the ALTER TABLE
            out.add(Statement.of("CREATE SEQUENCE " + seq + " AS " + seqType, "sequence for serial column " + tableName + "." + t.name(), m));
            actions.add(alter + "SET DEFAULT " + nextval(ts.get()));
            after.add("ALTER SEQUENCE " + seq + " OWNED BY " + table + "." + col);
            // rows already there keep their values: the new sequence continues after them
            after.add("SELECT setval(" + PgIdent.literal(seq) + ", max(" + col + ")) FROM " + table + " HAVING max(" + col + ") IS NOT NULL");
        } else if (ts.isPresent() && typeChanged) {
            // the owned sequence follows the column's width, and the default dropped for the type change comes back
            after.add("ALTER SEQUENCE " + s.name(ts.get().sequence()) + " AS " + s.type(t.type()));
            actions.add(alter + "SET DEFAULT " + nextval(ts.get()));
        } else if (defaultChanged || typeChanged) {
            if (t.defaultValue().isPresent()) actions.add(alter + "SET DEFAULT " + t.defaultValue().get().sql());
            else if (f.defaultValue().isPresent() && !typeChanged) actions.add(alter + "DROP DEFAULT");
        }
        if (f.nullable() != t.nullable()) actions.add(alter + (t.nullable() ? "DROP NOT NULL" : "SET NOT NULL"));
        if (ti.isPresent() && fi.isEmpty()) {
            actions.add(alter + "ADD " + PgSql.identity(ti.get()));
            if (ti.get().increment() > 0) {
                // rows already there keep their values: the identity continues after them
                after.add("SELECT setval(pg_get_serial_sequence(" + PgIdent.literal(table) + ", " + PgIdent.literal(t.name()) + "), max("
                        + col + ")) FROM " + table + " HAVING max(" + col + ") IS NOT NULL");
            }
        } else if (ti.isPresent() && !ti.equals(fi)) {
            PgIdentity i = ti.get();
            PgIdentity was = fi.get();
            if (i.min() > was.min() || i.max() < was.max()) {
                // the current value must lie in the new range before it narrows
                out.add(Statement.of(PgSql.clampSequence("pg_get_serial_sequence(" + PgIdent.literal(table) + ", " + PgIdent.literal(t.name())
                        + ")::regclass", was.start(), i.min(), i.max()), "identity range of " + tableName + "." + t.name(), m));
            }
            actions.add(alter + "SET GENERATED " + (i.always() ? "ALWAYS" : "BY DEFAULT") + " SET INCREMENT BY " + i.increment()
                    + " SET MINVALUE " + i.min() + " SET MAXVALUE " + i.max() + " SET START WITH " + i.start()
                    + " SET CACHE " + i.cache() + (i.cycle() ? " SET CYCLE" : " SET NO CYCLE"));
        }
    }

    private boolean kept(PgSql s, PgSerial serial) {
        return keptSequences.contains(s.schema() + "." + serial.sequence());
    }

    private static String nextval(PgSerial serial) {
        return "nextval(" + PgIdent.literal(PgIdent.quote(serial.sequence())) + "::regclass)";
    }

    /** Text converts to and from every type, numbers to each other and integer to boolean; the rest go through text. */
    static boolean directCast(ColumnType from, ColumnType to) {
        if (from instanceof io.atlas4j.schema.type.StringType || to instanceof io.atlas4j.schema.type.StringType) return true;
        boolean fromNumber = from instanceof io.atlas4j.schema.type.IntegerType || from instanceof io.atlas4j.schema.type.DecimalType
                || from instanceof io.atlas4j.schema.type.FloatType;
        boolean toNumber = to instanceof io.atlas4j.schema.type.IntegerType || to instanceof io.atlas4j.schema.type.DecimalType
                || to instanceof io.atlas4j.schema.type.FloatType;
        if (fromNumber && toNumber) return true;
        if (from instanceof io.atlas4j.schema.type.IntegerType i && i.name().equals("integer") && to instanceof io.atlas4j.schema.type.BoolType
                || from instanceof io.atlas4j.schema.type.BoolType && to instanceof io.atlas4j.schema.type.IntegerType i2
                && i2.name().equals("integer")) return true;
        if (from instanceof io.atlas4j.schema.type.JsonType && to instanceof io.atlas4j.schema.type.JsonType) return true;
        if (from instanceof io.atlas4j.schema.type.TimeType && to instanceof io.atlas4j.schema.type.TimeType) return true;
        return from.getClass() == to.getClass() && !(from instanceof PgUserType) && !(from instanceof UnsupportedType);
    }

    /** A USING clause is needed whenever no implicit (assignment) cast takes the old type to the new. */
    static boolean needsCast(ColumnType from, ColumnType to) {
        if (from instanceof UnsupportedType || to instanceof UnsupportedType) return true;
        if (from instanceof PgUserType || to instanceof PgUserType || from instanceof PgArrayType || to instanceof PgArrayType) {
            return !from.equals(to);
        }
        if (from.getClass() != to.getClass()) return true;
        if (from instanceof io.atlas4j.schema.type.TimeType a && to instanceof io.atlas4j.schema.type.TimeType b) {
            return !a.name().split(" ")[0].equals(b.name().split(" ")[0]);
        }
        return from instanceof io.atlas4j.schema.type.JsonType && !from.equals(to);
    }

    private void attr(PgSql s, String table, Optional<Attr> from, Optional<Attr> to, Edit c, List<String> drops,
                      List<String> actions, List<String> after) {
        Attr any = to.orElseGet(from::get);
        if (any instanceof Comment) {
            return; // written by commentsOnModify
        }
        if (any instanceof PgInherits) {
            List<String> before = from.map(a -> ((PgInherits) a).parents()).orElse(List.of());
            List<String> now = to.map(a -> ((PgInherits) a).parents()).orElse(List.of());
            for (String p : before) if (!now.contains(p)) after.add("ALTER TABLE " + table + " NO INHERIT " + s.name(p));
            for (String p : now) if (!before.contains(p)) after.add("ALTER TABLE " + table + " INHERIT " + s.name(p));
        } else if (any instanceof PgRowSecurity) {
            after.addAll(rowSecurity(table, from.map(PgRowSecurity.class::cast), to.map(PgRowSecurity.class::cast)));
        } else if (any instanceof PgUnlogged) {
            after.add("ALTER TABLE " + table + (to.isPresent() ? " SET UNLOGGED" : " SET LOGGED"));
        } else if (any instanceof PgExcludes) {
            List<PgExclude> before = from.map(a -> ((PgExcludes) a).constraints()).orElse(List.of());
            List<PgExclude> now = to.map(a -> ((PgExcludes) a).constraints()).orElse(List.of());
            for (PgExclude e : before) if (!now.contains(e)) drops.add("DROP CONSTRAINT " + PgSql.q(e.name()));
            for (PgExclude e : now) if (!before.contains(e)) actions.add("ADD " + exclude(e));
        } else if (any instanceof PgPartitionOf) {
            if (from.isPresent()) {
                after.add("ALTER TABLE " + s.name(((PgPartitionOf) from.get()).parent()) + " DETACH PARTITION " + table);
            }
            if (to.isPresent()) {
                PgPartitionOf p = (PgPartitionOf) to.get();
                after.add("ALTER TABLE " + s.name(p.parent()) + " ATTACH PARTITION " + table + " " + p.bound());
            }
        } else if (any instanceof PgPartitionKey) {
            throw new UnsupportedChangeException(c, "cannot change the partitioning of table " + table
                    + " in place (" + from.map(Object::toString).orElse("none") + " -> " + to.map(Object::toString).orElse("none")
                    + "): create a new partitioned table, copy the rows and swap the names in a manual migration");
        } else {
            throw new UnsupportedChangeException(c, "cannot change table attribute " + any + " of " + table
                    + ": apply this change manually");
        }
    }
}
