package io.atlas4j.offline.internal;

import io.atlas4j.schema.Realm;
import io.atlas4j.schema.Schema;
import io.atlas4j.sqlite.internal.CatalogRows;
import io.atlas4j.sqlite.internal.CatalogRows.ColumnRow;
import io.atlas4j.sqlite.internal.CatalogRows.ForeignKeyRow;
import io.atlas4j.sqlite.internal.CatalogRows.IndexRow;
import io.atlas4j.sqlite.internal.CatalogRows.ObjectRow;
import io.atlas4j.sqlite.internal.CatalogRows.TableRow;
import io.atlas4j.sqlite.internal.SchemaMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * SQLite offline: builds the rows SQLite's catalog (sqlite_schema and the pragmas) would hold after
 * running the statements, and maps them with the SQLite inspector's own mapper. SQLite keeps CREATE
 * statements, declared types and default expressions as written, so that is what is kept here.
 */
final class SqliteReader {
    /** A table as the catalog holds it. */
    private static final class T {
        String name;
        String sql;
        boolean withoutRowId;
        boolean strict;
        boolean virtual;
        TableDef def;
        final List<Idx> indexes = new ArrayList<>();
    }

    private record Idx(String name, boolean unique, String origin, String sql, String where, List<TableDef.KeyPart> parts, long order) {
    }

    private final Map<String, T> tables = new LinkedHashMap<>();
    private final Map<String, ObjectRow> objects = new LinkedHashMap<>();
    private long order;

    static Realm read(List<Stmt> statements) {
        SqliteReader r = new SqliteReader();
        for (Stmt s : statements) {
            try {
                r.apply(s);
            } catch (Unsupported e) {
                throw s.refuse(e.getMessage());
            }
        }
        return Realm.of(r.schema());
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private void apply(Stmt s) {
        Cursor c = s.sqliteCursor();
        if (c.accept("CREATE")) {
            boolean temp = c.accept("TEMP") || c.accept("TEMPORARY");
            if (temp) throw new Unsupported("temporary objects");
            if (c.at("TABLE")) createTable(c, s);
            else if (c.at("VIRTUAL", "TABLE")) createVirtual(c, s);
            else if (c.at("INDEX") || c.at("UNIQUE", "INDEX")) createIndex(c, s);
            else if (c.at("VIEW")) createObject(c, s, "view");
            else if (c.at("TRIGGER")) createObject(c, s, "trigger");
            else throw new Unsupported("this CREATE statement");
        } else if (c.accept("DROP")) {
            drop(c);
        } else if (c.accept("ALTER", "TABLE")) {
            alter(c, s);
        } else if (c.at("PRAGMA") || c.at("ANALYZE") || c.at("VACUUM")) {
            // session settings and maintenance: no schema change
            c.i = c.t.size();
        } else {
            throw new Unsupported(s.parseError() == null ? "this statement" : "this statement (JSqlParser: " + s.parseError() + ")");
        }
    }

    /** SQLite keeps {@code CREATE <KIND> } followed by the text from the object's name on. */
    private static String stored(Cursor c, String kind, int nameAt) {
        return "CREATE " + kind + " " + c.sql.substring(c.t.get(nameAt).start());
    }

    private void createTable(Cursor c, Stmt s) {
        c.expect("TABLE");
        boolean ifNotExists = c.accept("IF", "NOT", "EXISTS");
        int nameAt = c.i;
        String name = unqualified(c.qualified());
        if (tables.containsKey(key(name)) || objects.containsKey(key(name))) {
            if (ifNotExists) return;
            throw new Unsupported("table " + name + " exists already");
        }
        if (c.at("AS")) throw new Unsupported("CREATE TABLE ... AS SELECT");
        T t = new T();
        t.name = name;
        t.sql = stored(c, "TABLE", nameAt);
        t.def = TableDef.parse(c);
        while (!c.done()) {
            if (c.accept("WITHOUT")) {
                if (!c.next().is("ROWID")) throw new Unsupported("a table option");
                t.withoutRowId = true;
            } else if (c.accept("STRICT")) {
                t.strict = true;
            } else if (!c.accept(",")) {
                throw new Unsupported("the table option \"" + c.peek().text() + "\"");
            }
        }
        autoIndexes(t);
        tables.put(key(name), t);
    }

    private static String unqualified(List<String> parts) {
        if (parts.size() == 2 && !parts.get(0).equalsIgnoreCase("main")) throw new Unsupported("objects in attached databases");
        return parts.get(parts.size() - 1);
    }

    /** The indexes SQLite makes for PRIMARY KEY (unless the key is the rowid) and UNIQUE constraints, in declaration order. */
    private void autoIndexes(T t) {
        List<TableDef.KeyPart> pk = primaryKey(t.def);
        int n = 0;
        boolean pkIndex = !pk.isEmpty() && !rowidAlias(t, pk);
        boolean pkDone = false;
        List<List<String>> seen = new ArrayList<>();
        for (TableDef.ColumnDef col : t.def.columns) {
            if (col.primaryKey && pkIndex && !pkDone) {
                t.indexes.add(new Idx("sqlite_autoindex_" + t.name + "_" + ++n, true, "pk", null, null, pk, order++));
                seen.add(names(pk));
                pkDone = true;
            }
            if (col.unique) {
                List<TableDef.KeyPart> parts = List.of(new TableDef.KeyPart(col.name, null, false, null, null, null));
                if (seen.contains(names(parts))) continue;
                seen.add(names(parts));
                t.indexes.add(new Idx("sqlite_autoindex_" + t.name + "_" + ++n, true, "u", null, null, parts, order++));
            }
        }
        for (TableDef.ConstraintDef k : t.def.constraints) {
            if (k.kind.equals("PRIMARY") && pkIndex && !pkDone) {
                t.indexes.add(new Idx("sqlite_autoindex_" + t.name + "_" + ++n, true, "pk", null, null, pk, order++));
                seen.add(names(pk));
                pkDone = true;
            } else if (k.kind.equals("UNIQUE")) {
                if (k.parts.stream().anyMatch(p -> p.column() == null)) throw new Unsupported("an expression in a UNIQUE constraint");
                if (seen.contains(names(k.parts))) continue;
                seen.add(names(k.parts));
                t.indexes.add(new Idx("sqlite_autoindex_" + t.name + "_" + ++n, true, "u", null, null, k.parts, order++));
            } else if (!k.kind.equals("PRIMARY") && !k.kind.equals("FOREIGN") && !k.kind.equals("CHECK")) {
                throw new Unsupported("a " + k.kind + " key inside CREATE TABLE");
            }
        }
    }

    private static List<String> names(List<TableDef.KeyPart> parts) {
        return parts.stream().map(p -> p.column() == null ? p.expr() : key(p.column())).toList();
    }

    private static List<TableDef.KeyPart> primaryKey(TableDef d) {
        for (TableDef.ColumnDef col : d.columns) {
            if (col.primaryKey) return List.of(new TableDef.KeyPart(col.name, null, col.pkDesc, null, null, null));
        }
        for (TableDef.ConstraintDef k : d.constraints) if (k.kind.equals("PRIMARY")) return k.parts;
        return List.of();
    }

    /** An {@code INTEGER PRIMARY KEY} column (not DESC, in a rowid table) is the rowid itself and has no index. */
    private static boolean rowidAlias(T t, List<TableDef.KeyPart> pk) {
        if (t.withoutRowId || pk.size() != 1 || pk.get(0).column() == null) return false;
        for (TableDef.ColumnDef col : t.def.columns) {
            if (col.name.equalsIgnoreCase(pk.get(0).column())) {
                return col.type.equalsIgnoreCase("INTEGER") && !(col.primaryKey && col.pkDesc);
            }
        }
        return false;
    }

    private void createVirtual(Cursor c, Stmt s) {
        c.expect("VIRTUAL");
        c.expect("TABLE");
        boolean ifNotExists = c.accept("IF", "NOT", "EXISTS");
        int nameAt = c.i;
        String name = unqualified(c.qualified());
        if (tables.containsKey(key(name))) {
            if (ifNotExists) return;
            throw new Unsupported("table " + name + " exists already");
        }
        T t = new T();
        t.name = name;
        t.sql = "CREATE VIRTUAL TABLE " + c.sql.substring(c.t.get(nameAt).start());
        t.virtual = true;
        c.i = c.t.size();
        tables.put(key(name), t);
    }

    private void createIndex(Cursor c, Stmt s) {
        boolean unique = c.accept("UNIQUE");
        c.expect("INDEX");
        boolean ifNotExists = c.accept("IF", "NOT", "EXISTS");
        int nameAt = c.i;
        String name = unqualified(c.qualified());
        c.expect("ON");
        T t = tables.get(key(c.name()));
        if (t == null || t.virtual) throw new Unsupported("an index on a table the SQL does not create");
        if (t.indexes.stream().anyMatch(i -> i.name().equalsIgnoreCase(name))) {
            if (ifNotExists) return;
            throw new Unsupported("index " + name + " exists already");
        }
        List<TableDef.KeyPart> parts = TableDef.parts(c);
        String where = null;
        if (c.accept("WHERE")) {
            where = c.text(c.i, c.t.size());
            c.i = c.t.size();
        }
        if (!c.done()) throw new Unsupported("the index clause \"" + c.peek().text() + "\"");
        t.indexes.add(new Idx(name, unique, "c", stored(c, unique ? "UNIQUE INDEX" : "INDEX", nameAt), where, parts, order++));
    }

    private void createObject(Cursor c, Stmt s, String kind) {
        c.next();
        boolean ifNotExists = c.accept("IF", "NOT", "EXISTS");
        int nameAt = c.i;
        String name = unqualified(c.qualified());
        if (objects.containsKey(key(name)) || kind.equals("view") && tables.containsKey(key(name))) {
            if (ifNotExists) return;
            throw new Unsupported(kind + " " + name + " exists already");
        }
        String table = name;
        if (kind.equals("trigger")) {
            while (!c.done() && !c.at("ON")) c.i++;
            c.expect("ON");
            table = unqualified(c.qualified());
            T t = tables.get(key(table));
            ObjectRow view = objects.get(key(table));
            if (t != null) table = t.name;
            else if (view != null && view.type().equals("view")) table = view.name();
            else throw new Unsupported("a trigger on a table the SQL does not create");
        }
        objects.put(key(name), new ObjectRow(kind, name, table, stored(c, kind.toUpperCase(Locale.ROOT), nameAt)));
        c.i = c.t.size();
    }

    private void drop(Cursor c) {
        String kind = c.next().upper();
        boolean ifExists = c.accept("IF", "EXISTS");
        String name = unqualified(c.qualified());
        switch (kind) {
            case "TABLE" -> {
                T t = tables.remove(key(name));
                if (t == null && !ifExists) throw new Unsupported("DROP of a table the SQL does not create");
                if (t != null) objects.values().removeIf(o -> o.type().equals("trigger") && o.table().equalsIgnoreCase(t.name));
            }
            case "INDEX" -> {
                boolean found = false;
                for (T t : tables.values()) found |= t.indexes.removeIf(i -> i.origin().equals("c") && i.name().equalsIgnoreCase(name));
                if (!found && !ifExists) throw new Unsupported("DROP of an index the SQL does not create");
            }
            case "VIEW", "TRIGGER" -> {
                ObjectRow o = objects.get(key(name));
                if (o != null && o.type().equalsIgnoreCase(kind)) {
                    objects.remove(key(name));
                    if (kind.equals("VIEW")) objects.values().removeIf(x -> x.type().equals("trigger") && x.table().equalsIgnoreCase(o.name()));
                } else if (!ifExists) {
                    throw new Unsupported("DROP of a " + kind.toLowerCase(Locale.ROOT) + " the SQL does not create");
                }
            }
            default -> throw new Unsupported("DROP " + kind);
        }
    }

    /** {@code ADD COLUMN} appends the column's text to the stored CREATE TABLE, as SQLite does. */
    private void alter(Cursor c, Stmt s) {
        String name = unqualified(c.qualified());
        T t = tables.get(key(name));
        if (t == null || t.virtual) throw new Unsupported("ALTER of a table the SQL does not create");
        if (c.accept("ADD")) {
            c.accept("COLUMN");
            int from = c.i;
            TableDef.ColumnDef col = TableDef.column(c);
            if (!c.done()) throw new Unsupported("the column clause \"" + c.peek().text() + "\"");
            if (col.primaryKey || col.unique) throw new Unsupported("ADD COLUMN with PRIMARY KEY or UNIQUE");
            t.def.columns.add(col);
            int close = t.sql.lastIndexOf(')');
            t.sql = t.sql.substring(0, close) + ", " + c.text(from, c.t.size()) + t.sql.substring(close);
        } else if (c.accept("RENAME", "TO")) {
            throw new Unsupported("ALTER TABLE ... RENAME TO");
        } else {
            throw new Unsupported("this ALTER TABLE form");
        }
    }

    private Schema schema() {
        List<TableRow> tableRows = new ArrayList<>();
        List<ColumnRow> columns = new ArrayList<>();
        List<IndexRow> indexes = new ArrayList<>();
        List<ForeignKeyRow> fks = new ArrayList<>();
        for (T t : tables.values()) {
            tableRows.add(new TableRow(t.name, t.sql, t.withoutRowId, t.strict, t.virtual));
            if (t.virtual) continue;
            List<TableDef.KeyPart> pk = primaryKey(t.def);
            Map<String, String> collations = new LinkedHashMap<>();
            int cid = 0;
            for (TableDef.ColumnDef col : t.def.columns) {
                int pos = 0;
                for (int k = 0; k < pk.size(); k++) if (pk.get(k).column() != null && pk.get(k).column().equalsIgnoreCase(col.name)) pos = k + 1;
                int hidden = col.generated == null ? 0 : col.stored ? 3 : 2;
                boolean notNull = col.notNull || t.withoutRowId && pos > 0;
                columns.add(new ColumnRow(t.name, cid++, col.name, col.type, notNull, col.dflt.map(SqliteReader::defaultText).orElse(null), pos, hidden));
                if (col.collate != null) collations.put(key(col.name), col.collate);
            }
            long total = order;
            for (Idx i : t.indexes) {
                for (int k = 0; k < i.parts().size(); k++) {
                    TableDef.KeyPart p = i.parts().get(k);
                    int colCid = p.column() == null ? -2 : cidOf(t, p.column());
                    String column = p.column() == null ? null : colCid < 0 ? p.column() : t.def.columns.get(colCid).name;
                    if (p.column() != null && colCid < 0) {
                        if (!p.column().equalsIgnoreCase("rowid")) throw new Unsupported("an index on column " + p.column() + ", which " + t.name + " lacks");
                        colCid = -1;
                        column = null;
                    }
                    String coll = p.collate() != null ? p.collate() : p.column() != null ? collations.getOrDefault(key(p.column()), "BINARY") : "BINARY";
                    indexes.add(new IndexRow(t.name, (int) (total - i.order()), i.name(), i.unique(), i.origin(), i.where() != null, i.sql(),
                            k, colCid, column, p.desc(), coll));
                }
            }
            List<TableDef.ConstraintDef> keys = new ArrayList<>();
            for (TableDef.ColumnDef col : t.def.columns) if (col.references != null) keys.add(col.references);
            for (TableDef.ConstraintDef k : t.def.constraints) if (k.kind.equals("FOREIGN")) keys.add(k);
            for (int id = 0; id < keys.size(); id++) {
                TableDef.ConstraintDef k = keys.get(id);
                for (int seq = 0; seq < k.parts.size(); seq++) {
                    fks.add(new ForeignKeyRow(t.name, keys.size() - 1 - id, seq, unqualified(k.refTable), k.parts.get(seq).column(),
                            k.refColumns.isEmpty() ? null : k.refColumns.get(seq), k.onUpdate == null ? "NO ACTION" : k.onUpdate,
                            k.onDelete == null ? "NO ACTION" : k.onDelete));
                }
            }
        }
        return SchemaMapper.map("main", new CatalogRows(tableRows, columns, indexes, fks, new ArrayList<>(objects.values())), n -> true);
    }

    private static int cidOf(T t, String column) {
        for (int k = 0; k < t.def.columns.size(); k++) if (t.def.columns.get(k).name.equalsIgnoreCase(column)) return k;
        return -1;
    }

    /** SQLite keeps a default's text as written, without the parentheses of {@code DEFAULT (expr)}. */
    private static String defaultText(String written) {
        if (written.startsWith("(") && written.endsWith(")")) return written.substring(1, written.length() - 1);
        return written;
    }
}
