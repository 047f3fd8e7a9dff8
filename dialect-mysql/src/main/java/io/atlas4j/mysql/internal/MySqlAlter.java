package io.atlas4j.mysql.internal;

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
import io.atlas4j.mysql.Partitioning;
import io.atlas4j.mysql.ServerInfo;
import io.atlas4j.plan.Statement;
import io.atlas4j.schema.Attr;
import io.atlas4j.schema.Check;
import io.atlas4j.schema.Column;
import io.atlas4j.schema.ForeignKey;
import io.atlas4j.schema.Index;
import io.atlas4j.schema.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The statements for one {@link ModifyTable}: an ALTER TABLE that drops foreign keys and checks
 * first (MySQL refuses to drop an index a foreign key still uses, and to reuse a constraint name in
 * the statement that drops it), one ALTER TABLE with everything else, and one for partitioning.
 */
final class MySqlAlter {
    private final ServerInfo server;
    private final MySqlDdl ddl;
    private final ModifyTable change;
    private final boolean qualify;
    private final List<String> drops = new ArrayList<>();
    private final List<String> clauses = new ArrayList<>();
    private String partitioning;
    private Statement dropStatement;
    private final List<String> rebuilds = new ArrayList<>();

    private final boolean onlineHints;
    private final MySqlRenames renames;

    MySqlAlter(ServerInfo server, MySqlDdl ddl, ModifyTable change, boolean qualify, boolean onlineHints) {
        this(server, ddl, change, qualify, onlineHints, MySqlRenames.NONE);
    }

    MySqlAlter(ServerInfo server, MySqlDdl ddl, ModifyTable change, boolean qualify, boolean onlineHints, MySqlRenames renames) {
        this.renames = renames;
        this.onlineHints = onlineHints;
        this.server = server;
        this.ddl = ddl;
        this.change = change;
        this.qualify = qualify;
    }

    List<Statement> statements() {
        Table to = change.to();
        Map<String, Column> renamedTo = new HashMap<>();
        for (TableChange tc : change.changes()) {
            if (tc instanceof RenameColumn r) renamedTo.put(r.to().name(), r.from());
        }
        List<String> columnDrops = new ArrayList<>();
        List<String> indexDrops = new ArrayList<>();
        List<String> adds = new ArrayList<>();
        List<String> constraintAdds = new ArrayList<>();
        List<String> options = new ArrayList<>();
        for (TableChange tc : change.changes()) {
            if (followsRename(tc)) continue;
            if (tc instanceof DropForeignKey d) drops.add("DROP FOREIGN KEY " + Sql.id(d.foreignKey().name()));
            else if (tc instanceof ModifyForeignKey m) {
                drops.add("DROP FOREIGN KEY " + Sql.id(m.from().name()));
                constraintAdds.add("ADD " + ddl.foreignKey(m.to(), change.schema(), qualify));
            } else if (tc instanceof AddForeignKey a) constraintAdds.add("ADD " + ddl.foreignKey(a.foreignKey(), change.schema(), qualify));
            else if (tc instanceof DropCheck d) drops.add(dropCheck(d.check()));
            else if (tc instanceof ModifyCheck m) {
                drops.add(dropCheck(m.from()));
                constraintAdds.add("ADD " + MySqlDdl.check(m.to()));
            } else if (tc instanceof AddCheck a) constraintAdds.add("ADD " + MySqlDdl.check(a.check()));
            else if (tc instanceof DropColumn d) columnDrops.add("DROP COLUMN " + Sql.id(d.column().name()));
            else if (tc instanceof AddColumn a) adds.add("ADD COLUMN " + ddl.column(a.column(), to, true));
            else if (tc instanceof RenameColumn r) {
                boolean modified = change.changes().stream().anyMatch(x -> x instanceof ModifyColumn m && m.to().name().equals(r.to().name()));
                if (!modified) adds.add("RENAME COLUMN " + Sql.id(r.from().name()) + " TO " + Sql.id(r.to().name()));
            } else if (tc instanceof ModifyColumn m) {
                Column old = renamedTo.get(m.to().name());
                if (server.isMariaDb() && m.aspects().contains(ColumnAspect.GENERATED) && old == null) {
                    // MariaDB cannot turn a column into or out of a generated one, nor switch VIRTUAL/STORED, in place:
                    // the column is dropped and added again. Between two generated forms nothing stored is lost; from
                    // or to a regular column the stored values are, so that runs alone and counts as destructive.
                    String rebuild = "DROP COLUMN " + Sql.id(m.from().name()) + ", ADD COLUMN " + ddl.column(m.to(), to, true);
                    if (m.from().generated().isPresent() && m.to().generated().isPresent()) adds.add(rebuild);
                    else rebuilds.add(rebuild);
                } else if (old != null) {
                    adds.add("CHANGE COLUMN " + Sql.id(old.name()) + " " + ddl.column(m.to(), to, true));
                } else {
                    adds.add("MODIFY COLUMN " + ddl.column(m.to(), to, true));
                }
            } else if (tc instanceof DropIndex d) indexDrops.add("DROP INDEX " + Sql.id(d.index().name()));
            else if (tc instanceof AddIndex a) adds.add("ADD " + ddl.index(a.index()));
            else if (tc instanceof ModifyIndex m) {
                indexDrops.add("DROP INDEX " + Sql.id(m.from().name()));
                adds.add("ADD " + ddl.index(m.to()));
            } else if (tc instanceof RenameIndex r) {
                adds.add("RENAME INDEX " + Sql.id(r.from().name()) + " TO " + Sql.id(r.to().name()));
            } else if (tc instanceof DropPrimaryKey) indexDrops.add("DROP PRIMARY KEY");
            else if (tc instanceof AddPrimaryKey a) adds.add("ADD " + ddl.primaryKey(a.primaryKey()));
            else if (tc instanceof ModifyPrimaryKey m) {
                indexDrops.add("DROP PRIMARY KEY");
                adds.add("ADD " + ddl.primaryKey(m.to()));
            } else if (tc instanceof AddAttr a) option(a.attr(), options);
            else if (tc instanceof ModifyAttr m) option(m.to(), options);
            else if (tc instanceof DropAttr d) {
                if (d.attr() instanceof Partitioning) partitioning = "REMOVE PARTITIONING";
                else {
                    String reset = ddl.resetOption(d.attr());
                    if (reset != null) options.add(reset);
                }
            }
        }
        keepIndexesOfReAddedKeys(indexDrops, adds);
        clauses.addAll(indexDrops);
        clauses.addAll(columnDrops);
        clauses.addAll(adds);
        clauses.addAll(constraintAdds);
        clauses.addAll(options);
        String name = ddl.name(change.schema(), change.from().name(), qualify);
        List<Statement> out = new ArrayList<>();
        String comment = "modify table " + change.from().name();
        if (!drops.isEmpty()) {
            dropStatement = stmt("ALTER TABLE " + name + " " + String.join(", ", drops), "drop constraints of " + change.from().name());
        }
        if (!clauses.isEmpty()) out.add(stmt("ALTER TABLE " + name + " " + String.join(", ", clauses) + hint(), comment));
        for (String r : rebuilds) {
            ModifyColumn m = change.changes().stream().filter(ModifyColumn.class::isInstance).map(ModifyColumn.class::cast)
                    .filter(x -> r.startsWith("DROP COLUMN " + Sql.id(x.from().name()) + ",")).findFirst().orElseThrow();
            out.add(new Statement("ALTER TABLE " + name + " " + r, "rebuild column " + m.from().name() + " of " + change.from().name()
                    + " (its stored values are not kept)", List.of(), new DropColumn(m.from()), false));
        }
        if (partitioning != null) out.add(stmt("ALTER TABLE " + name + " " + partitioning, comment));
        return out;
    }

    /** {@return whether the change only follows a column rename, which the server carries along by itself ({@link MySqlRenames})} */
    private boolean followsRename(TableChange tc) {
        if (renames.isEmpty()) return false;
        String t = change.to().name();
        if (tc instanceof ModifyIndex m) return renames.apply(t, m.from()).equals(m.to());
        if (tc instanceof ModifyPrimaryKey m) return renames.apply(t, m.from()).equals(m.to());
        if (tc instanceof ModifyForeignKey m) return renames.apply(t, m.from()).equals(m.to());
        if (tc instanceof ModifyCheck m) {
            // MySQL refuses to rename a column a check or a generated column reads; MariaDB rewrites them.
            return server.isMariaDb() && m.from().name().equals(m.to().name())
                    && renames.apply(t, m.from().expr()).equals(m.to().expr());
        }
        if (tc instanceof ModifyColumn m && server.isMariaDb() && m.aspects().equals(java.util.EnumSet.of(ColumnAspect.GENERATED))
                && m.from().generated().isPresent() && m.to().generated().isPresent()) {
            var from = m.from().generated().get();
            var to = m.to().generated().get();
            return from.stored() == to.stored() && renames.apply(t, from.expr()).equals(to.expr());
        }
        return false;
    }

    /**
     * A foreign key dropped and added again (another target or action) finds the index the server
     * made for it when it was first added, and the server then renames that index after the
     * constraint. Where the desired table keeps the index under its own name, the index is dropped
     * and added in the same statement, as an index of its own, which the new key then uses as it is.
     */
    private void keepIndexesOfReAddedKeys(List<String> indexDrops, List<String> adds) {
        List<List<String>> dropped = new ArrayList<>();
        List<ForeignKey> added = new ArrayList<>();
        java.util.Set<String> touched = new java.util.HashSet<>();
        for (TableChange tc : change.changes()) {
            if (tc instanceof DropForeignKey d) dropped.add(d.foreignKey().columns());
            if (tc instanceof ModifyForeignKey m) {
                dropped.add(m.from().columns());
                added.add(m.to());
            }
            if (tc instanceof AddForeignKey a) added.add(a.foreignKey());
            if (tc instanceof DropIndex d) touched.add(d.index().name());
            if (tc instanceof AddIndex a) touched.add(a.index().name());
            if (tc instanceof ModifyIndex m) touched.add(m.to().name());
        }
        for (ForeignKey fk : added) {
            if (!dropped.contains(fk.columns())) continue;
            for (Index i : change.to().indexes()) {
                boolean serves = !i.name().equalsIgnoreCase(fk.name()) && i.columnNames().map(fk.columns()::equals).orElse(false)
                        && !touched.contains(i.name()) && change.from().indexes().stream().anyMatch(x -> x.name().equals(i.name()));
                if (serves) {
                    indexDrops.add("DROP INDEX " + Sql.id(i.name()));
                    adds.add("ADD " + ddl.index(i));
                    touched.add(i.name());
                }
            }
        }
    }

    /** {@return the statement dropping this table's foreign keys and checks; the planner runs it before everything else} */
    java.util.Optional<Statement> dropStatement() {
        return java.util.Optional.ofNullable(dropStatement);
    }

    /**
     * An online-DDL hint for the main statement, when asked for and certain to be accepted:
     * B-tree index additions and drops run in place without locks; plain column additions at the
     * end of the table are instant (MySQL 8.0.12+, MariaDB 10.3+).
     */
    private String hint() {
        if (!onlineHints) return "";
        boolean indexesOnly = true;
        boolean columnsOnly = true;
        for (TableChange tc : change.changes()) {
            boolean plainIndex = tc instanceof AddIndex a && a.index().attrs().isEmpty()
                    || tc instanceof DropIndex d && d.index().attrs().isEmpty();
            boolean plainColumn = tc instanceof AddColumn c && c.column().generated().isEmpty()
                    && !c.column().attrs().has(io.atlas4j.mysql.AutoIncrement.class);
            indexesOnly &= plainIndex;
            columnsOnly &= plainColumn;
        }
        if (change.changes().isEmpty()) return "";
        if (indexesOnly) return ", ALGORITHM=INPLACE, LOCK=NONE";
        boolean instant = server.isMariaDb() ? server.atLeast(10, 3) : server.atLeast(8, 0) && (server.minor() > 0 || server.patch() >= 12);
        if (columnsOnly && instant) return ", ALGORITHM=INSTANT";
        return "";
    }

    private void option(Attr a, List<String> options) {
        if (a instanceof Partitioning p) {
            partitioning = p.clause();
            return;
        }
        String o = ddl.tableOption(a);
        if (o != null) options.add(o);
    }

    private String dropCheck(Check c) {
        return (server.isMariaDb() ? "DROP CONSTRAINT " : "DROP CHECK ") + Sql.id(c.name());
    }

    private Statement stmt(String sql, String comment) {
        return new Statement(sql, comment, List.of(), change, false);
    }
}
