package io.atlas4j.mysql.internal;

import io.atlas4j.diff.DiffHooks;
import io.atlas4j.diff.TablePair;
import io.atlas4j.mysql.DisplayWidth;
import io.atlas4j.mysql.Engine;
import io.atlas4j.mysql.OnUpdate;
import io.atlas4j.mysql.ServerInfo;
import io.atlas4j.mysql.TableAutoIncrement;
import io.atlas4j.schema.Attr;
import io.atlas4j.schema.Attrs;
import io.atlas4j.schema.Charset;
import io.atlas4j.schema.Check;
import io.atlas4j.schema.Collation;
import io.atlas4j.schema.Column;
import io.atlas4j.schema.Expr;
import io.atlas4j.schema.ForeignKey;
import io.atlas4j.schema.Index;
import io.atlas4j.schema.Literal;
import io.atlas4j.schema.RawExpr;
import io.atlas4j.schema.Schema;
import io.atlas4j.schema.Table;
import io.atlas4j.schema.View;
import io.atlas4j.schema.type.BoolType;
import io.atlas4j.schema.type.ColumnType;
import io.atlas4j.schema.type.DecimalType;
import io.atlas4j.schema.type.FloatType;
import io.atlas4j.schema.type.IntegerType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * MySQL normalization. Both sides usually come from the same server (the target and a dev
 * database on it), so most spellings already agree; what remains is what depends on context:
 * charset and collation inherited from the table, AUTO_INCREMENT counters, indexes InnoDB adds for
 * foreign keys, database-chosen constraint names, and the looser spellings of schemas built in Java.
 */
public final class MySqlDiffHooks implements DiffHooks {
    private final ServerInfo server;
    private final MySqlTypes types;

    public MySqlDiffHooks(ServerInfo server, MySqlTypes types) {
        this.server = server;
        this.types = types;
    }

    @Override
    public String nameKey(String name) {
        return server.lowerCaseTableNames() != 0 ? DiffHooks.foldCase(name) : name;
    }

    @Override
    public Schema normalizeSchema(Schema schema) {
        List<Table> tables = new ArrayList<>(schema.tables().size());
        boolean changed = false;
        for (Table t : schema.tables()) {
            Table n = canonicalTable(t);
            changed |= n != t;
            tables.add(n);
        }
        return changed ? schema.withTables(tables) : schema;
    }

    /** Canonical types and defaults; returns the same instance when nothing changes, so equal tables stay cheap. */
    private Table canonicalTable(Table t) {
        List<Column> cols = new ArrayList<>(t.columns().size());
        boolean changed = false;
        for (Column c : t.columns()) {
            Column n = canonicalColumn(c);
            if (t.primaryKey().isPresent() && t.primaryKey().get().covers(c.name()) && n.nullable()) n = n.withNullable(false);
            changed |= !n.equals(c);
            cols.add(n);
        }
        return changed ? t.withColumns(cols) : t;
    }

    /** The canonical column; the same instance when it already is (the common case for inspected schemas), so comparing stays cheap. */
    private Column canonicalColumn(Column c) {
        ColumnType type = types.canonical(c.type());
        if (type.equals(c.type())) type = c.type();
        Optional<Expr> def = c.defaultValue();
        if (def.isPresent()) {
            Expr d = canonicalDefault(type, def.get());
            if (d instanceof Literal l && l.sql().equalsIgnoreCase("NULL")) def = Optional.empty();
            else if (d != def.get()) def = Optional.of(d);
        }
        Attrs attrs = c.attrs();
        Optional<DisplayWidth> width = attrs.get(DisplayWidth.class);
        if (width.isPresent() && (!keepsDisplayWidths() || !(type instanceof IntegerType t)
                || width.get().width() == MySqlTypes.defaultDisplayWidth(t.name(), t.unsigned()))) {
            attrs = attrs.without(DisplayWidth.class);
        }
        Optional<OnUpdate> on = attrs.get(OnUpdate.class);
        if (on.isPresent()) {
            String now = MySqlAssembler.now(on.get().expr());
            if (!now.equals(on.get().expr())) attrs = attrs.with(new OnUpdate(now));
        }
        Optional<Collation> coll = attrs.get(Collation.class);
        Optional<Charset> cs = attrs.get(Charset.class);
        if (coll.isPresent()) {
            String n = MySqlAssembler.collation(coll.get().name());
            String charset = MySqlAssembler.charsetOf(n);
            if (!n.equals(coll.get().name())) attrs = attrs.with(new Collation(n));
            if (cs.isEmpty() || !cs.get().name().equals(charset)) attrs = attrs.with(new Charset(charset));
        } else if (cs.isPresent()) {
            String charset = MySqlAssembler.charset(cs.get().name());
            if (!charset.equals(cs.get().name())) attrs = attrs.with(new Charset(charset));
        }
        if (type == c.type() && def == c.defaultValue() && attrs == c.attrs()) return c;
        Column n = new Column(c.name(), type, c.nullable(), def, attrs);
        return n.equals(c) ? c : n;
    }

    /** MySQL 8.0.19 and later ignore integer display widths (and no longer report them); MariaDB keeps them. */
    private boolean keepsDisplayWidths() {
        return server.isMariaDb() || !server.atLeast(8, 0) || !server.atLeast(8, 1) && server.patch() < 19;
    }

    /** {@return the default in one spelling; the same instance when it already is} */
    private static Expr canonicalDefault(ColumnType type, Expr d) {
        String s = d.sql().trim();
        if (d instanceof RawExpr) {
            String now = MySqlAssembler.now(s);
            if (!now.equals(s)) return new RawExpr(now);
        }
        boolean numeric = type instanceof IntegerType || type instanceof DecimalType || type instanceof FloatType
                || type instanceof BoolType;
        if (numeric) {
            String u = s;
            if (u.length() >= 2 && u.startsWith("'") && u.endsWith("'")) u = u.substring(1, u.length() - 1);
            if (u.equalsIgnoreCase("true")) u = "1";
            if (u.equalsIgnoreCase("false")) u = "0";
            if (isNumber(u)) return d instanceof Literal && u.equals(d.sql()) ? d : new Literal(u);
        }
        return d;
    }

    /** {@return whether the text is a plain number ({@code -1}, {@code 2.50}, {@code .5}, {@code 1e3}), checked without a regex: it runs per default} */
    static boolean isNumber(String u) {
        int i = 0;
        int n = u.length();
        if (i < n && (u.charAt(i) == '+' || u.charAt(i) == '-')) i++;
        int digits = 0;
        while (i < n && isDigit(u.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && u.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(u.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) return false;
        if (i < n && (u.charAt(i) == 'e' || u.charAt(i) == 'E')) {
            i++;
            if (i < n && (u.charAt(i) == '+' || u.charAt(i) == '-')) i++;
            int exp = 0;
            while (i < n && isDigit(u.charAt(i))) {
                i++;
                exp++;
            }
            if (exp == 0) return false;
        }
        return i == n;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    @Override
    public TablePair normalize(Table current, Table desired) {
        Table from = canonicalTable(current);
        Table to = canonicalTable(desired);
        // What the desired schema leaves open is whatever the target has. The server always reports
        // these, so only a schema built in Java can leave them open; ROW_FORMAT is absent when default.
        Attrs fa = from.attrs();
        Attrs ta = to.attrs();
        for (Class<? extends Attr> k : List.of(Engine.class, Collation.class, Charset.class)) {
            if (!ta.has(k) && fa.has(k)) ta = ta.with(fa.get(k).get());
        }
        // AUTO_INCREMENT counts rows in use; compare it only when desired names a start the table has not reached.
        Optional<TableAutoIncrement> want = ta.get(TableAutoIncrement.class);
        Optional<TableAutoIncrement> have = fa.get(TableAutoIncrement.class);
        if (want.isEmpty()) fa = fa.without(TableAutoIncrement.class);
        else if (have.isPresent() && have.get().start() >= want.get().start()) fa = fa.with(want.get());
        from = from.withAttrs(fa);
        to = to.withAttrs(ta);
        // Column charset and collation equal to the desired table's are inherited, not chosen.
        Optional<Collation> tableCollation = ta.get(Collation.class);
        from = stripInherited(from, tableCollation);
        to = stripInherited(to, tableCollation);
        from = dropImpliedIndexes(from, to, false);
        to = dropImpliedIndexes(to, from, true);
        Table namedFrom = matchImpliedByName(from, to);
        to = matchImpliedByName(to, from);
        return new TablePair(namedFrom, to);
    }

    private static Table stripInherited(Table t, Optional<Collation> tableCollation) {
        if (tableCollation.isEmpty()) return t;
        List<Column> cols = new ArrayList<>(t.columns().size());
        for (Column c : t.columns()) {
            Optional<Collation> cc = c.attrs().get(Collation.class);
            if (cc.isPresent() && cc.get().equals(tableCollation.get())) {
                c = c.withAttrs(c.attrs().without(Collation.class).without(Charset.class));
            } else if (cc.isEmpty()) {
                c = c.withAttrs(c.attrs().without(Charset.class));
            }
            cols.add(c);
        }
        return t.withColumns(cols);
    }

    /**
     * InnoDB adds an index for a foreign key that has none; when the other side has the same
     * foreign key but not that index, the index is the server's doing and does not count. Except on
     * the desired side where the current table serves the key with another index, which the plan
     * drops: the server refuses to drop it unless the desired one is added in the same statement.
     */
    private static Table dropImpliedIndexes(Table t, Table other, boolean desired) {
        if (t.foreignKeys().isEmpty()) return t;
        List<Index> keep = new ArrayList<>();
        for (Index i : t.indexes()) {
            boolean otherHas = other.indexes().stream().anyMatch(o -> o.name().equalsIgnoreCase(i.name()) || o.parts().equals(i.parts()));
            boolean otherServes = desired && other.indexes().stream().anyMatch(o -> o.parts().size() > i.parts().size()
                    && o.parts().subList(0, i.parts().size()).equals(i.parts()));
            boolean implied = !i.unique() && i.attrs().isEmpty() && i.columnNames().isPresent() && !otherHas && !otherServes
                    && t.foreignKeys().stream().anyMatch(fk -> fk.columns().equals(i.columnNames().get())
                    && (fk.name().equalsIgnoreCase(i.name()) || fk.columns().get(0).equalsIgnoreCase(i.name()))
                    && other.foreignKeys().stream().anyMatch(of -> of.columns().equals(fk.columns())));
            if (!implied) keep.add(i);
        }
        return keep.size() == t.indexes().size() ? t : t.withIndexes(keep);
    }

    /**
     * An index the server may have added for a foreign key, where the other side has an index of the
     * same parts under another name (its own, or the server's under another rule), is marked to be
     * matched by name ({@link MatchByName}): the plan then drops it and adds the other side's, and
     * the catalog ends with the desired name. Both servers drop their implicit index themselves when
     * another can serve the key; dropping and adding in one ALTER TABLE works either way.
     */
    private Table matchImpliedByName(Table t, Table other) {
        if (t.foreignKeys().isEmpty()) return t;
        List<Index> out = new ArrayList<>(t.indexes().size());
        boolean changed = false;
        for (Index i : t.indexes()) {
            boolean rename = isGeneratedIndexName(t, i) && !i.name().isEmpty()
                    && other.indexes().stream().noneMatch(o -> o.name().equalsIgnoreCase(i.name()))
                    && other.indexes().stream().anyMatch(o -> o.parts().equals(i.parts()) && !o.name().isEmpty()
                    && t.indexes().stream().noneMatch(x -> x.name().equalsIgnoreCase(o.name())));
            if (rename) {
                out.add(i.withAttrs(i.attrs().with(new MatchByName())));
                changed = true;
            } else {
                out.add(i);
            }
        }
        return changed ? t.withIndexes(out) : t;
    }

    /**
     * InnoDB names the index it adds for a foreign key after the constraint (added by ALTER) or
     * after the first column (added in CREATE TABLE): the same index can carry either name.
     */
    @Override
    public boolean isGeneratedIndexName(Table table, Index index) {
        if (index.name().isEmpty()) return true;
        if (index.unique() || !index.attrs().isEmpty() || index.columnNames().isEmpty()) return false;
        List<String> cols = index.columnNames().get();
        for (ForeignKey fk : table.foreignKeys()) {
            if (!fk.columns().equals(cols)) continue;
            String n = index.name();
            if (n.equalsIgnoreCase(fk.name()) || n.equalsIgnoreCase(cols.get(0)) || n.matches("(?i)" + Pattern.quote(cols.get(0)) + "_\\d+")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean isGeneratedForeignKeyName(Table table, ForeignKey fk) {
        return fk.name().isEmpty() || fk.name().matches(Pattern.quote(table.name()) + "_ibfk_\\d+");
    }

    @Override
    public boolean isGeneratedCheckName(Table table, Check check) {
        String n = check.name();
        return n.isEmpty() || n.matches("CONSTRAINT_\\d+") || n.matches(Pattern.quote(table.name()) + "_chk_\\d+");
    }

    @Override
    public boolean checkChanged(Check from, Check to) {
        return !from.name().equals(to.name()) || !stripParens(from.expr()).equals(stripParens(to.expr()));
    }

    @Override
    public boolean viewChanged(View from, View to) {
        return !from.definition().strip().equals(to.definition().strip()) || !from.attrs().equals(to.attrs());
    }

    /** Charset follows from collation; comparing both would plan the same change twice. */
    @Override
    public boolean comparesAttr(Attr attr) {
        return !(attr instanceof Charset);
    }

    private static String stripParens(String s) {
        String t = s.trim();
        while (t.startsWith("(") && t.endsWith(")") && balanced(t.substring(1, t.length() - 1))) t = t.substring(1, t.length() - 1).trim();
        return t;
    }

    private static boolean balanced(String s) {
        int d = 0;
        for (char c : s.toCharArray()) {
            if (c == '(') d++;
            if (c == ')' && --d < 0) return false;
        }
        return d == 0;
    }
}
