package io.atlas4j.sqlite.internal;

import io.atlas4j.schema.Check;
import io.atlas4j.schema.Collation;
import io.atlas4j.schema.Column;
import io.atlas4j.schema.Deferrable;
import io.atlas4j.schema.Expr;
import io.atlas4j.schema.ForeignKey;
import io.atlas4j.schema.Generated;
import io.atlas4j.schema.Index;
import io.atlas4j.schema.IndexPart;
import io.atlas4j.schema.IndexPredicate;
import io.atlas4j.schema.Literal;
import io.atlas4j.schema.ReferenceAction;
import io.atlas4j.schema.Table;
import io.atlas4j.schema.View;
import io.atlas4j.sqlite.SqliteAutoincrement;
import io.atlas4j.sqlite.SqliteStrict;
import io.atlas4j.sqlite.SqliteUniqueConstraint;
import io.atlas4j.sqlite.SqliteWithoutRowId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Builds SQLite DDL text from the model. Identifiers are always double-quoted. */
final class SqliteSql {
    private SqliteSql() {
    }

    static String q(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    static String createTable(Table t, String name) {
        List<String> items = new ArrayList<>();
        Optional<Index> pk = t.primaryKey();
        String inlinePk = null;
        if (pk.isPresent() && pk.get().attrs().has(SqliteAutoincrement.class) && pk.get().parts().size() == 1
                && pk.get().parts().get(0) instanceof IndexPart.OfColumn c) {
            inlinePk = c.column();
        }
        for (Column c : t.columns()) {
            String def = column(c);
            if (inlinePk != null && c.name().equalsIgnoreCase(inlinePk)) def += " PRIMARY KEY AUTOINCREMENT";
            items.add(def);
        }
        if (pk.isPresent() && inlinePk == null) {
            String name0 = pk.get().name().isEmpty() ? "" : "CONSTRAINT " + q(pk.get().name()) + " ";
            items.add(name0 + "PRIMARY KEY (" + parts(pk.get().parts()) + ")");
        }
        for (Index i : t.indexes()) {
            if (!i.attrs().has(SqliteUniqueConstraint.class)) continue;
            String name0 = isNamed(i.name()) ? "CONSTRAINT " + q(i.name()) + " " : "";
            items.add(name0 + "UNIQUE (" + parts(i.parts()) + ")");
        }
        for (ForeignKey fk : t.foreignKeys()) items.add(foreignKey(fk));
        for (Check c : t.checks()) {
            items.add((c.name().isEmpty() ? "" : "CONSTRAINT " + q(c.name()) + " ") + "CHECK (" + c.expr() + ")");
        }
        List<String> options = new ArrayList<>();
        if (t.attrs().has(SqliteWithoutRowId.class)) options.add("WITHOUT ROWID");
        if (t.attrs().has(SqliteStrict.class)) options.add("STRICT");
        return "CREATE TABLE " + q(name) + " (\n  " + String.join(",\n  ", items) + "\n)"
                + (options.isEmpty() ? "" : " " + String.join(", ", options));
    }

    private static boolean isNamed(String name) {
        return !name.isEmpty() && !name.toLowerCase(Locale.ROOT).startsWith("sqlite_autoindex_");
    }

    static String column(Column c) {
        StringBuilder sb = new StringBuilder(q(c.name()));
        String type = SqliteTypes.INSTANCE.format(c.type());
        if (!type.isEmpty()) sb.append(' ').append(type);
        c.attrs().get(Collation.class).ifPresent(x -> sb.append(" COLLATE ").append(x.name()));
        if (!c.nullable()) sb.append(" NOT NULL");
        Optional<Generated> g = c.generated();
        if (g.isPresent()) {
            sb.append(" GENERATED ALWAYS AS (").append(g.get().expr()).append(')').append(g.get().stored() ? " STORED" : " VIRTUAL");
        } else {
            c.defaultValue().ifPresent(d -> sb.append(" DEFAULT ").append(defaultSql(d)));
        }
        return sb.toString();
    }

    /** SQLite accepts literals, signed numbers and a few keywords bare; any other default needs parentheses. */
    static String defaultSql(Expr e) {
        String s = e.sql().strip();
        if (e instanceof Literal) return s;
        String u = s.toUpperCase(Locale.ROOT);
        if (u.equals("CURRENT_TIME") || u.equals("CURRENT_DATE") || u.equals("CURRENT_TIMESTAMP")) return s;
        if (s.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?|[+-]?0[xX][0-9a-fA-F]+")) return s;
        if (s.matches("[xX]'[0-9a-fA-F]*'")) return s;
        List<Token> t = SqlTokens.tokenize(s);
        if (t.size() == 1 && (t.get(0).kind() == Token.Kind.QUOTED || t.get(0).kind() == Token.Kind.WORD
                || t.get(0).kind() == Token.Kind.STRING)) {
            return s;
        }
        if (t.size() == 2 && (t.get(0).isPunct('-') || t.get(0).isPunct('+')) && t.get(1).kind() == Token.Kind.NUMBER) return s;
        return "(" + s + ")";
    }

    static String parts(List<IndexPart> parts) {
        List<String> out = new ArrayList<>();
        for (IndexPart p : parts) {
            StringBuilder sb = new StringBuilder();
            if (p instanceof IndexPart.OfColumn c) sb.append(q(c.column()));
            else sb.append(((IndexPart.OfExpr) p).sql());
            p.attrs().get(Collation.class).ifPresent(x -> sb.append(" COLLATE ").append(x.name()));
            if (p.descending()) sb.append(" DESC");
            out.add(sb.toString());
        }
        return String.join(", ", out);
    }

    static String foreignKey(ForeignKey fk) {
        StringBuilder sb = new StringBuilder();
        if (!fk.name().isEmpty()) sb.append("CONSTRAINT ").append(q(fk.name())).append(' ');
        sb.append("FOREIGN KEY (").append(String.join(", ", fk.columns().stream().map(SqliteSql::q).toList())).append(") REFERENCES ")
                .append(q(fk.refTable().name()));
        if (!fk.refColumns().isEmpty()) sb.append(" (").append(String.join(", ", fk.refColumns().stream().map(SqliteSql::q).toList())).append(')');
        if (fk.onUpdate() != ReferenceAction.NO_ACTION) sb.append(" ON UPDATE ").append(fk.onUpdate().sql());
        if (fk.onDelete() != ReferenceAction.NO_ACTION) sb.append(" ON DELETE ").append(fk.onDelete().sql());
        if (fk.attrs().get(Deferrable.class).filter(Deferrable::initiallyDeferred).isPresent()) sb.append(" DEFERRABLE INITIALLY DEFERRED");
        return sb.toString();
    }

    static String createIndex(Index i, String table) {
        String where = i.attrs().get(IndexPredicate.class).map(p -> " WHERE " + p.sql()).orElse("");
        return "CREATE " + (i.unique() ? "UNIQUE " : "") + "INDEX " + q(i.name()) + " ON " + q(table) + " (" + parts(i.parts()) + ")" + where;
    }

    static String dropIndex(Index i) {
        return "DROP INDEX " + q(i.name());
    }

    static String createView(View v) {
        List<Token> t = SqlTokens.tokenize(v.definition());
        if (!t.isEmpty() && t.get(0).is("CREATE")) return v.definition().strip().replaceAll(";\\s*$", "");
        return "CREATE VIEW " + q(v.name()) + " AS " + v.definition().strip().replaceAll(";\\s*$", "");
    }
}
