package io.atlas4j.mysql.internal;

import io.atlas4j.mysql.AutoIncrement;
import io.atlas4j.mysql.ColumnCheck;
import io.atlas4j.mysql.DisplayWidth;
import io.atlas4j.mysql.Engine;
import io.atlas4j.mysql.IndexComment;
import io.atlas4j.mysql.IndexType;
import io.atlas4j.mysql.KeyBlockSize;
import io.atlas4j.mysql.OnUpdate;
import io.atlas4j.mysql.Partitioning;
import io.atlas4j.mysql.RowFormat;
import io.atlas4j.mysql.ServerInfo;
import io.atlas4j.mysql.SubPart;
import io.atlas4j.mysql.TableAutoIncrement;
import io.atlas4j.schema.Attr;
import io.atlas4j.schema.Attrs;
import io.atlas4j.schema.Charset;
import io.atlas4j.schema.Check;
import io.atlas4j.schema.Collation;
import io.atlas4j.schema.Column;
import io.atlas4j.schema.Comment;
import io.atlas4j.schema.Expr;
import io.atlas4j.schema.ForeignKey;
import io.atlas4j.schema.Generated;
import io.atlas4j.schema.Index;
import io.atlas4j.schema.IndexPart;
import io.atlas4j.schema.Literal;
import io.atlas4j.schema.QualifiedName;
import io.atlas4j.schema.Table;
import io.atlas4j.schema.type.EnumType;
import io.atlas4j.schema.type.IntegerType;
import io.atlas4j.schema.type.JsonType;
import io.atlas4j.schema.type.StringType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Spells model elements as MySQL DDL fragments: column definitions, keys, constraints, table options. */
final class MySqlDdl {
    private final ServerInfo server;
    private final MySqlTypes types;

    MySqlDdl(ServerInfo server, MySqlTypes types) {
        this.server = server;
        this.types = types;
    }

    /**
     * @param table the table the column belongs to; when {@code explicitCharset}, a string column
     *              without its own collation gets the table's spelled out, so that an ALTER never
     *              leaves it on an old default
     */
    String column(Column c, Table table, boolean explicitCharset) {
        StringBuilder sb = new StringBuilder(Sql.id(c.name())).append(' ').append(type(c));
        boolean text = c.type() instanceof StringType || c.type() instanceof EnumType;
        if (text && !(c.type() instanceof JsonType)) {
            Optional<Collation> coll = c.attrs().get(Collation.class);
            if (coll.isEmpty() && explicitCharset) coll = table.attrs().get(Collation.class);
            if (coll.isPresent()) {
                sb.append(" CHARACTER SET ").append(MySqlAssembler.charsetOf(coll.get().name())).append(" COLLATE ").append(coll.get().name());
            } else if (c.attrs().get(Charset.class).isPresent()) {
                sb.append(" CHARACTER SET ").append(c.attrs().get(Charset.class).get().name());
            }
        }
        Optional<Generated> g = c.generated();
        if (g.isPresent()) {
            sb.append(" GENERATED ALWAYS AS (").append(g.get().expr()).append(g.get().stored() ? ") STORED" : ") VIRTUAL");
            if (!server.isMariaDb()) sb.append(c.nullable() ? " NULL" : " NOT NULL");
        } else {
            sb.append(c.nullable() ? " NULL" : " NOT NULL");
            c.defaultValue().ifPresent(d -> sb.append(" DEFAULT ").append(defaultSql(d)));
            c.attrs().get(OnUpdate.class).ifPresent(o -> sb.append(" ON UPDATE ").append(o.expr()));
        }
        if (c.attrs().has(AutoIncrement.class)) sb.append(" AUTO_INCREMENT");
        c.attrs().get(Comment.class).ifPresent(k -> sb.append(" COMMENT ").append(Sql.str(k.text())));
        c.attrs().get(ColumnCheck.class).ifPresent(k -> sb.append(" CHECK (").append(k.expr()).append(')'));
        return sb.toString();
    }

    /** {@return the column's type, with its display width when it has one} */
    String type(Column c) {
        Optional<DisplayWidth> w = c.attrs().get(DisplayWidth.class);
        if (w.isPresent() && c.type() instanceof IntegerType t) return types.formatWithWidth(t, w.get().width());
        return types.format(c.type());
    }

    static String defaultSql(Expr d) {
        String s = d.sql().trim();
        if (d instanceof Literal) return s;
        String l = s.toLowerCase(java.util.Locale.ROOT);
        if (l.startsWith("current_timestamp") || l.startsWith("now(") || l.startsWith("localtimestamp")) return s;
        if (s.startsWith("(") && s.endsWith(")")) return s;
        return "(" + s + ")";
    }

    String parts(Index i) {
        List<String> out = new ArrayList<>();
        for (IndexPart p : i.parts()) {
            String s;
            if (p instanceof IndexPart.OfColumn c) {
                s = Sql.id(c.column()) + c.attrs().get(SubPart.class).map(sp -> "(" + sp.length() + ")").orElse("");
            } else {
                s = "(" + ((IndexPart.OfExpr) p).sql() + ")";
            }
            out.add(p.descending() ? s + " DESC" : s);
        }
        return "(" + String.join(", ", out) + ")";
    }

    String index(Index i) {
        String kind = i.attrs().get(IndexType.class).map(IndexType::name).filter(k -> !k.equals("HASH")).map(k -> k + " ").orElse(i.unique() ? "UNIQUE " : "");
        String name = i.name().isEmpty() ? "" : Sql.id(i.name()) + " ";
        String using = i.attrs().get(IndexType.class).filter(k -> k.name().equals("HASH")).map(k -> " USING HASH").orElse("");
        return kind + "INDEX " + name + parts(i) + using + i.attrs().get(IndexComment.class).map(k -> " COMMENT " + Sql.str(k.text())).orElse("");
    }

    String primaryKey(Index i) {
        return "PRIMARY KEY " + parts(i) + i.attrs().get(IndexComment.class).map(k -> " COMMENT " + Sql.str(k.text())).orElse("");
    }

    String foreignKey(ForeignKey fk, String schema, boolean qualify) {
        StringBuilder sb = new StringBuilder();
        if (!fk.name().isEmpty()) sb.append("CONSTRAINT ").append(Sql.id(fk.name())).append(' ');
        sb.append("FOREIGN KEY (").append(ids(fk.columns())).append(") REFERENCES ").append(ref(fk.refTable(), schema, qualify))
                .append(" (").append(ids(fk.refColumns())).append(')');
        sb.append(" ON UPDATE ").append(fk.onUpdate().sql()).append(" ON DELETE ").append(fk.onDelete().sql());
        return sb.toString();
    }

    static String check(Check c) {
        return (c.name().isEmpty() ? "" : "CONSTRAINT " + Sql.id(c.name()) + " ") + "CHECK (" + c.expr() + ")";
    }

    /** {@return table options such as {@code ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin}} */
    String tableOptions(Attrs attrs) {
        List<String> out = new ArrayList<>();
        for (Attr a : attrs.stated()) {
            String o = tableOption(a);
            if (o != null) out.add(o);
        }
        return String.join(" ", out);
    }

    /** {@return one table option for ALTER TABLE / CREATE TABLE, or null when the attribute is not an option} */
    String tableOption(Attr a) {
        if (a instanceof Engine e) return "ENGINE=" + e.name();
        if (a instanceof Collation c) return "DEFAULT CHARSET=" + MySqlAssembler.charsetOf(c.name()) + " COLLATE=" + c.name();
        if (a instanceof Comment c) return "COMMENT=" + Sql.str(c.text());
        if (a instanceof RowFormat r) return "ROW_FORMAT=" + r.name();
        if (a instanceof TableAutoIncrement t) return "AUTO_INCREMENT=" + t.start();
        if (a instanceof KeyBlockSize k) return "KEY_BLOCK_SIZE=" + k.size();
        return null;
    }

    /** {@return the option that resets a dropped attribute to the server default, or null when there is none} */
    String resetOption(Attr a) {
        if (a instanceof Comment) return "COMMENT=''";
        if (a instanceof RowFormat) return "ROW_FORMAT=DEFAULT";
        if (a instanceof KeyBlockSize) return "KEY_BLOCK_SIZE=0";
        return null;
    }

    static String partitioning(Table t) {
        return t.attrs().get(Partitioning.class).map(p -> " " + p.clause()).orElse("");
    }

    String name(String schema, String name, boolean qualify) {
        return qualify ? Sql.id(schema) + "." + Sql.id(name) : Sql.id(name);
    }

    private String ref(QualifiedName n, String schema, boolean qualify) {
        if (n.schema().isPresent()) return Sql.id(n.schema().get()) + "." + Sql.id(n.name());
        return name(schema, n.name(), qualify);
    }

    static String ids(List<String> names) {
        return String.join(", ", names.stream().map(Sql::id).toList());
    }
}
