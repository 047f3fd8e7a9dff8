package io.atlas4j.mssql.internal;

import io.atlas4j.change.AddAttr;
import io.atlas4j.change.AddCheck;
import io.atlas4j.change.AddColumn;
import io.atlas4j.change.AddForeignKey;
import io.atlas4j.change.AddIndex;
import io.atlas4j.change.AddPrimaryKey;
import io.atlas4j.change.ColumnAspect;
import io.atlas4j.change.DropAttr;
import io.atlas4j.change.DropCheck;
import io.atlas4j.change.DropColumn;
import io.atlas4j.change.DropForeignKey;
import io.atlas4j.change.DropIndex;
import io.atlas4j.change.DropPrimaryKey;
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
import io.atlas4j.change.TableChange;
import io.atlas4j.mssql.DefaultName;
import io.atlas4j.mssql.Identity;
import io.atlas4j.mssql.UniqueConstraint;
import io.atlas4j.plan.Statement;
import io.atlas4j.schema.Check;
import io.atlas4j.schema.Column;
import io.atlas4j.schema.Comment;
import io.atlas4j.schema.ForeignKey;
import io.atlas4j.schema.Index;
import io.atlas4j.schema.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One table's changes as T-SQL, in the order SQL Server accepts them: what depends on a changing
 * column (its default constraint, indexes, the primary key, checks naming it) is dropped first and
 * created again after; columns are dropped, renamed ({@code sp_rename}), added and altered
 * ({@code ALTER COLUMN}, which restates type, collation and nullability); an identity change, which
 * SQL Server cannot make in place, rebuilds the table keeping its rows; a computed column is dropped
 * and added again. Foreign keys are handed to the planner to drop first and add last.
 */
final class MssqlTableAlter {
    private final ModifyTable change;
    private final MssqlDdl ddl;
    private final String table;
    private final String name;

    MssqlTableAlter(ModifyTable change, MssqlDdl ddl) {
        this.change = change;
        this.ddl = ddl;
        this.name = change.from().name();
        this.table = ddl.table(change.from().name());
    }

    private Statement st(String sql, String comment, Edit source) {
        return MssqlPlanner.st(sql, comment, List.of(), source);
    }

    List<Statement> foreignKeyDrops() {
        List<Statement> out = new ArrayList<>();
        if (rebuilds()) {
            // the old table goes away with all its keys
            for (ForeignKey fk : change.from().foreignKeys()) {
                out.add(st("ALTER TABLE " + table + " DROP CONSTRAINT " + Tsql.id(fk.name()), "drop foreign key " + fk.name(), change));
            }
            return out;
        }
        for (TableChange tc : change.changes()) {
            ForeignKey fk = tc instanceof DropForeignKey d ? d.foreignKey() : tc instanceof ModifyForeignKey m ? m.from() : null;
            if (fk != null) out.add(st("ALTER TABLE " + table + " DROP CONSTRAINT " + Tsql.id(fk.name()), "drop foreign key " + fk.name(), tc));
        }
        return out;
    }

    List<Statement> foreignKeyAdds() {
        String to = ddl.table(change.to().name());
        List<Statement> out = new ArrayList<>();
        if (rebuilds()) {
            for (ForeignKey fk : change.to().foreignKeys()) out.add(st("ALTER TABLE " + to + " ADD " + ddl.foreignKey(fk), "add foreign key " + fk.name(), change));
            return out;
        }
        for (TableChange tc : change.changes()) {
            ForeignKey fk = tc instanceof AddForeignKey a ? a.foreignKey() : tc instanceof ModifyForeignKey m ? m.to() : null;
            if (fk != null) out.add(st("ALTER TABLE " + to + " ADD " + ddl.foreignKey(fk), "add foreign key " + (fk.name().isEmpty() ? "on " + fk.columns() : fk.name()), tc));
        }
        return out;
    }

    List<Statement> statements() {
        Table from = change.from();
        if (rebuilds()) return rebuild();
        List<Statement> drops = new ArrayList<>();
        List<Statement> columns = new ArrayList<>();
        List<Statement> adds = new ArrayList<>();
        // dependents dropped by name, created again after the column changes
        Map<String, Index> indexDrops = new LinkedHashMap<>();
        Map<String, Index> indexAdds = new LinkedHashMap<>();
        Map<String, Check> checkDrops = new LinkedHashMap<>();
        Map<String, Check> checkAdds = new LinkedHashMap<>();
        Optional<Index> pkDrop = Optional.empty();
        Optional<Index> pkAdd = Optional.empty();
        Edit pkSource = null;
        List<Statement> defaultDrops = new ArrayList<>();
        List<Statement> defaultAdds = new ArrayList<>();
        List<Statement> renames = new ArrayList<>();
        List<Statement> comments = new ArrayList<>();
        for (TableChange tc : change.changes()) {
            if (tc instanceof DropIndex d) indexDrops.put(key(d.index().name()), d.index());
            else if (tc instanceof AddIndex a) indexAdds.put(key(a.index().name()), a.index());
            else if (tc instanceof ModifyIndex m) {
                indexDrops.put(key(m.from().name()), m.from());
                indexAdds.put(key(m.to().name()), m.to());
            } else if (tc instanceof RenameIndex r) {
                renames.add(st("EXEC sp_rename " + ddl.renameArg(name, r.from().name()) + ", " + Tsql.str(r.to().name()) + ", N'INDEX'",
                        "rename index " + r.from().name() + " to " + r.to().name(), tc));
            } else if (tc instanceof DropCheck d) checkDrops.put(key(d.check().name()), d.check());
            else if (tc instanceof AddCheck a) checkAdds.put(key(a.check().name()), a.check());
            else if (tc instanceof ModifyCheck m) {
                checkDrops.put(key(m.from().name()), m.from());
                checkAdds.put(key(m.to().name()), m.to());
            } else if (tc instanceof DropPrimaryKey d) {
                pkDrop = Optional.of(d.primaryKey());
                pkSource = tc;
            } else if (tc instanceof AddPrimaryKey a) {
                pkAdd = Optional.of(a.primaryKey());
                pkSource = tc;
            } else if (tc instanceof ModifyPrimaryKey m) {
                pkDrop = Optional.of(m.from());
                pkAdd = Optional.of(m.to());
                pkSource = tc;
            } else if (tc instanceof DropColumn d) {
                Column col = d.column();
                dropDefault(col, defaultDrops, tc);
                for (Index i : from.indexes()) if (i.covers(col.name())) indexDrops.putIfAbsent(key(i.name()), i);
                for (Check k : from.checks()) if (mentions(k, col.name())) checkDrops.putIfAbsent(key(k.name()), k);
                columns.add(st("ALTER TABLE " + table + " DROP COLUMN " + Tsql.id(col.name()), "drop column " + col.name(), tc));
            } else if (tc instanceof RenameColumn r) {
                columns.add(st("EXEC sp_rename " + ddl.renameArg(name, r.from().name()) + ", " + Tsql.str(r.to().name()) + ", N'COLUMN'",
                        "rename column " + r.from().name() + " to " + r.to().name(), tc));
            } else if (tc instanceof AddColumn a) {
                columns.add(st("ALTER TABLE " + table + " ADD " + ddl.column(name, a.column(), true), "add column " + a.column().name(), tc));
                a.column().attrs().get(Comment.class).ifPresent(x -> comments.add(st(comment(schema(), name, a.column().name(), x.text(), false),
                        "comment on column " + a.column().name(), tc)));
            } else if (tc instanceof ModifyColumn m) {
                modifyColumn(m, from, indexDrops, indexAdds, checkDrops, checkAdds, defaultDrops, defaultAdds, columns, comments);
                Column col = m.from();
                boolean alters = m.aspects().contains(ColumnAspect.TYPE) || m.aspects().contains(ColumnAspect.NULLABILITY)
                        || m.aspects().contains(ColumnAspect.COLLATION);
                if (alters && from.primaryKey().isPresent() && from.primaryKey().get().covers(col.name()) && pkDrop.isEmpty()) {
                    pkDrop = from.primaryKey();
                    pkAdd = change.to().primaryKey();
                    pkSource = tc;
                }
            } else if (tc instanceof AddAttr || tc instanceof DropAttr || tc instanceof ModifyAttr) {
                tableComment(tc, comments);
            }
            // foreign keys: see foreignKeyDrops and foreignKeyAdds
        }
        for (Index i : indexDrops.values()) drops.add(st(ddl.dropIndex(name, i, change), "drop index " + i.name(), change));
        for (Check k : checkDrops.values()) drops.add(st("ALTER TABLE " + table + " DROP CONSTRAINT " + Tsql.id(k.name()), "drop check " + k.name(), change));
        if (pkDrop.isPresent()) drops.add(st("ALTER TABLE " + table + " DROP CONSTRAINT " + Tsql.id(pkDrop.get().name()), "drop primary key " + pkDrop.get().name(), pkSource));
        drops.addAll(defaultDrops);
        if (pkAdd.isPresent()) adds.add(st("ALTER TABLE " + table + " ADD " + ddl.primaryKey(pkAdd.get()), "add primary key " + pkAdd.get().name(), pkSource));
        adds.addAll(defaultAdds);
        for (Index i : indexAdds.values()) adds.add(st(ddl.addIndex(name, i, change), "create index " + i.name(), change));
        for (Check k : checkAdds.values()) adds.add(st("ALTER TABLE " + table + " ADD " + ddl.check(k), "add check " + k.name(), change));
        List<Statement> out = new ArrayList<>(drops);
        out.addAll(columns);
        out.addAll(renames);
        out.addAll(adds);
        out.addAll(comments);
        return out;
    }

    private String schema() {
        return change.schema();
    }

    private static String key(String n) {
        return n.toLowerCase(Locale.ROOT);
    }

    private static boolean mentions(Check k, String column) {
        for (Token t : TsqlLexer.tokens(k.expr())) if (t.isIdent() && t.name().equalsIgnoreCase(column)) return true;
        return false;
    }

    private void dropDefault(Column col, List<Statement> out, Edit source) {
        if (col.defaultValue().isEmpty()) return;
        Optional<String> df = col.attrs().get(DefaultName.class).map(DefaultName::name);
        if (df.isPresent()) {
            out.add(st("ALTER TABLE " + table + " DROP CONSTRAINT " + Tsql.id(df.get()), "drop default of " + col.name(), source));
        } else {
            // the name is unknown (a model not read from the server): look it up where the statement runs
            String obj = Tsql.str(table);
            out.add(st("DECLARE @df sysname = (SELECT d.name FROM sys.default_constraints d JOIN sys.columns c ON c.object_id = d.parent_object_id"
                    + " AND c.column_id = d.parent_column_id WHERE d.parent_object_id = OBJECT_ID(" + obj + ") AND c.name = " + Tsql.str(col.name())
                    + "); IF @df IS NOT NULL EXEC(N'ALTER TABLE " + table.replace("'", "''") + " DROP CONSTRAINT [' + @df + N']')",
                    "drop default of " + col.name(), source));
        }
    }

    private void modifyColumn(ModifyColumn m, Table from, Map<String, Index> indexDrops, Map<String, Index> indexAdds,
                              Map<String, Check> checkDrops, Map<String, Check> checkAdds, List<Statement> defaultDrops,
                              List<Statement> defaultAdds, List<Statement> columns, List<Statement> comments) {
        Column a = m.from();
        Column b = m.to();
        if (m.aspects().contains(ColumnAspect.GENERATED) && (a.generated().isPresent() || b.generated().isPresent())) {
            // a computed column holds no data of its own: drop it and add it again
            dropDefault(a, defaultDrops, m);
            for (Index i : from.indexes()) {
                if (i.covers(a.name())) {
                    indexDrops.putIfAbsent(key(i.name()), i);
                    change.to().indexes().stream().filter(x -> x.name().equalsIgnoreCase(i.name())).findFirst()
                            .ifPresent(x -> indexAdds.putIfAbsent(key(x.name()), x));
                }
            }
            columns.add(st("ALTER TABLE " + table + " DROP COLUMN " + Tsql.id(a.name()), "drop column " + a.name(), m));
            columns.add(st("ALTER TABLE " + table + " ADD " + ddl.column(name, b, true), "add column " + b.name(), m));
            return;
        }
        boolean alters = m.aspects().contains(ColumnAspect.TYPE) || m.aspects().contains(ColumnAspect.NULLABILITY)
                || m.aspects().contains(ColumnAspect.COLLATION) || m.aspects().contains(ColumnAspect.ATTRS);
        boolean typeChanges = m.aspects().contains(ColumnAspect.TYPE) || m.aspects().contains(ColumnAspect.COLLATION);
        boolean defaultChanges = m.aspects().contains(ColumnAspect.DEFAULT) || (typeChanges && a.defaultValue().isPresent());
        if (defaultChanges) dropDefault(a, defaultDrops, m);
        if (alters) {
            for (Index i : from.indexes()) {
                if (i.covers(a.name()) || i.attrs().get(io.atlas4j.mssql.IncludedColumns.class).map(x -> x.columns().stream()
                        .anyMatch(y -> y.equalsIgnoreCase(a.name()))).orElse(false)) {
                    indexDrops.putIfAbsent(key(i.name()), i);
                    change.to().indexes().stream().filter(x -> x.name().equalsIgnoreCase(i.name())).findFirst()
                            .ifPresent(x -> indexAdds.putIfAbsent(key(x.name()), x));
                }
            }
            if (typeChanges) {
                for (Check k : from.checks()) {
                    if (mentions(k, a.name())) {
                        checkDrops.putIfAbsent(key(k.name()), k);
                        change.to().checks().stream().filter(x -> x.name().equalsIgnoreCase(k.name())).findFirst()
                                .ifPresent(x -> checkAdds.putIfAbsent(key(x.name()), x));
                    }
                }
            }
            columns.add(st("ALTER TABLE " + table + " ALTER COLUMN " + ddl.alterColumn(b), "modify column " + b.name(), m));
        }
        if (defaultChanges && b.defaultValue().isPresent()) {
            Optional<String> n = MssqlDdl.defaultName(name, b);
            defaultAdds.add(st("ALTER TABLE " + table + " ADD " + n.map(x -> "CONSTRAINT " + Tsql.id(x) + " ").orElse("") + "DEFAULT "
                    + b.defaultValue().get().sql() + " FOR " + Tsql.id(b.name()), "set default of " + b.name(), m));
        }
        if (m.aspects().contains(ColumnAspect.COMMENT)) {
            Optional<Comment> was = a.attrs().get(Comment.class);
            Optional<Comment> now = b.attrs().get(Comment.class);
            if (now.isPresent()) comments.add(st(comment(schema(), name, b.name(), now.get().text(), was.isPresent()), "comment on column " + b.name(), m));
            else comments.add(st(dropComment(schema(), name, b.name()), "drop comment of column " + b.name(), m));
        }
    }

    private void tableComment(TableChange tc, List<Statement> out) {
        Comment now = tc instanceof AddAttr a && a.attr() instanceof Comment c ? c : tc instanceof ModifyAttr m && m.to() instanceof Comment c ? c : null;
        boolean dropped = tc instanceof DropAttr d && d.attr() instanceof Comment;
        if (now != null) out.add(st(comment(schema(), name, null, now.text(), tc instanceof ModifyAttr), "comment on table " + name, tc));
        else if (dropped) out.add(st(dropComment(schema(), name, null), "drop comment of table " + name, tc));
    }

    static String comment(String schema, String table, String column, String text, boolean update) {
        return "EXEC " + (update ? "sp_updateextendedproperty" : "sp_addextendedproperty") + " N'MS_Description', " + Tsql.str(text)
                + levels(schema, table, column);
    }

    static String dropComment(String schema, String table, String column) {
        return "EXEC sp_dropextendedproperty N'MS_Description'" + levels(schema, table, column);
    }

    private static String levels(String schema, String table, String column) {
        return ", N'SCHEMA', " + Tsql.str(schema) + ", N'TABLE', " + Tsql.str(table) + (column == null ? "" : ", N'COLUMN', " + Tsql.str(column));
    }

    /** {@return whether a column gains, loses or changes IDENTITY, which SQL Server cannot alter} */
    private boolean rebuilds() {
        for (TableChange tc : change.changes()) {
            if (tc instanceof ModifyColumn m && !m.from().attrs().get(Identity.class).equals(m.to().attrs().get(Identity.class))) return true;
        }
        return false;
    }

    /**
     * Copies the table into a new one with the desired shape, keeping every row: create, copy (with
     * IDENTITY_INSERT when the new table has an identity), drop the old one, rename the new one, then
     * add its constraints and indexes under their own names.
     */
    private List<Statement> rebuild() {
        Table to = change.to();
        String tmp = "atlas4j_new_" + to.name();
        List<Statement> out = new ArrayList<>();
        List<String> defs = new ArrayList<>();
        for (Column c : to.columns()) defs.add(ddl.column(tmp, c.withAttrs(c.attrs().without(DefaultName.class)), false));
        out.add(st("CREATE TABLE " + ddl.table(tmp) + " (\n  " + String.join(",\n  ", defs) + "\n)", "rebuild " + name + ": new table", change));
        List<String> copied = new ArrayList<>();
        List<String> source = new ArrayList<>();
        for (Column c : to.columns()) {
            if (c.generated().isPresent()) continue;
            String old = change.changes().stream().filter(x -> x instanceof RenameColumn r && r.to().name().equals(c.name()))
                    .map(x -> ((RenameColumn) x).from().name()).findFirst().orElse(c.name());
            if (change.from().columns().stream().anyMatch(x -> x.name().equalsIgnoreCase(old))) {
                copied.add(Tsql.id(c.name()));
                source.add(Tsql.id(old));
            }
        }
        boolean identity = to.columns().stream().anyMatch(c -> c.attrs().has(Identity.class));
        String insert = "INSERT INTO " + ddl.table(tmp) + " (" + String.join(", ", copied) + ") SELECT " + String.join(", ", source) + " FROM " + table;
        if (identity) insert = "SET IDENTITY_INSERT " + ddl.table(tmp) + " ON; " + insert + "; SET IDENTITY_INSERT " + ddl.table(tmp) + " OFF";
        out.add(st(insert, "rebuild " + name + ": copy rows", change));
        out.add(st("DROP TABLE " + table, "rebuild " + name + ": drop old table", change));
        out.add(st("EXEC sp_rename " + ddl.renameArg(tmp) + ", " + Tsql.str(to.name()), "rebuild " + name + ": rename new table", change));
        String t2 = ddl.table(to.name());
        for (Column c : to.columns()) {
            if (c.defaultValue().isEmpty()) continue;
            Optional<String> n = MssqlDdl.defaultName(to.name(), c);
            out.add(st("ALTER TABLE " + t2 + " ADD " + n.map(x -> "CONSTRAINT " + Tsql.id(x) + " ").orElse("") + "DEFAULT "
                    + c.defaultValue().get().sql() + " FOR " + Tsql.id(c.name()), "set default of " + c.name(), change));
        }
        to.primaryKey().ifPresent(pk -> out.add(st("ALTER TABLE " + t2 + " ADD " + ddl.primaryKey(pk), "add primary key", change)));
        for (Index i : to.indexes()) out.add(st(ddl.addIndex(to.name(), i, change), "create index " + i.name(), change));
        for (Check k : to.checks()) out.add(st("ALTER TABLE " + t2 + " ADD " + ddl.check(k), "add check " + k.name(), change));
        return out;
    }
}
