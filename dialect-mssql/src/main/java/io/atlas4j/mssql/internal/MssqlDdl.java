package io.atlas4j.mssql.internal;

import io.atlas4j.error.UnsupportedChangeException;
import io.atlas4j.change.Edit;
import io.atlas4j.mssql.Clustered;
import io.atlas4j.mssql.Columnstore;
import io.atlas4j.mssql.DefaultName;
import io.atlas4j.mssql.Identity;
import io.atlas4j.mssql.IncludedColumns;
import io.atlas4j.mssql.Sparse;
import io.atlas4j.mssql.UniqueConstraint;
import io.atlas4j.schema.Check;
import io.atlas4j.schema.Collation;
import io.atlas4j.schema.Column;
import io.atlas4j.schema.ForeignKey;
import io.atlas4j.schema.Generated;
import io.atlas4j.schema.Index;
import io.atlas4j.schema.IndexPart;
import io.atlas4j.schema.IndexPredicate;
import io.atlas4j.schema.ReferenceAction;
import java.util.List;
import java.util.stream.Collectors;

/** T-SQL fragments for the planner: column definitions, constraints, indexes. */
final class MssqlDdl {
    private final String schema;
    private final boolean qualify;

    MssqlDdl(String schema, boolean qualify) {
        this.schema = schema;
        this.qualify = qualify;
    }

    String table(String name) {
        return Tsql.name(schema, name, qualify);
    }

    /** {@return the name as sp_rename's first argument: {@code N'[dbo].[t]'}} */
    String renameArg(String... parts) {
        StringBuilder b = new StringBuilder();
        if (qualify) b.append(Tsql.id(schema)).append('.');
        for (int i = 0; i < parts.length; i++) b.append(i > 0 ? "." : "").append(Tsql.id(parts[i]));
        return Tsql.str(b.toString());
    }

    String column(String table, Column c, boolean withDefault) {
        var gen = c.attrs().get(Generated.class);
        if (gen.isPresent()) {
            return Tsql.id(c.name()) + " AS " + gen.get().expr() + (gen.get().stored() ? " PERSISTED" + (c.nullable() ? "" : " NOT NULL") : "");
        }
        StringBuilder b = new StringBuilder(Tsql.id(c.name())).append(' ').append(MssqlTypes.INSTANCE.format(c.type()));
        c.attrs().get(Collation.class).ifPresent(x -> b.append(" COLLATE ").append(x.name()));
        if (c.attrs().has(Sparse.class)) b.append(" SPARSE");
        c.attrs().get(Identity.class).ifPresent(x -> b.append(" IDENTITY(").append(x.seed()).append(", ").append(x.increment()).append(')'));
        b.append(c.nullable() ? " NULL" : " NOT NULL");
        if (withDefault && c.defaultValue().isPresent()) {
            b.append(defaultName(table, c).map(n -> " CONSTRAINT " + Tsql.id(n)).orElse("")).append(" DEFAULT ").append(c.defaultValue().get().sql());
        }
        return b.toString();
    }

    /** {@return the default constraint's name when the user chose it; server-generated names are left to the server} */
    static java.util.Optional<String> defaultName(String table, Column c) {
        return c.attrs().get(DefaultName.class).map(DefaultName::name).filter(n -> !Tsql.GENERATED.matcher(n).matches());
    }

    /** {@return the ALTER COLUMN spelling: type, collation, sparse and nullability, which SQL Server resets when omitted} */
    String alterColumn(Column c) {
        StringBuilder b = new StringBuilder(Tsql.id(c.name())).append(' ').append(MssqlTypes.INSTANCE.format(c.type()));
        c.attrs().get(Collation.class).ifPresent(x -> b.append(" COLLATE ").append(x.name()));
        if (c.attrs().has(Sparse.class)) b.append(" SPARSE");
        b.append(c.nullable() ? " NULL" : " NOT NULL");
        return b.toString();
    }

    static String cols(List<String> names) {
        return names.stream().map(Tsql::id).collect(Collectors.joining(", "));
    }

    static String parts(Index i) {
        return i.parts().stream().map(p -> (p instanceof IndexPart.OfColumn c ? Tsql.id(c.column()) : ((IndexPart.OfExpr) p).sql())
                + (p.descending() ? " DESC" : "")).collect(Collectors.joining(", "));
    }

    String primaryKey(Index pk) {
        return named(pk.name()) + "PRIMARY KEY " + (pk.attrs().has(Clustered.class) ? "CLUSTERED" : "NONCLUSTERED") + " (" + parts(pk) + ")";
    }

    String unique(Index i) {
        return named(i.name()) + "UNIQUE " + (i.attrs().has(Clustered.class) ? "CLUSTERED" : "NONCLUSTERED") + " (" + parts(i) + ")";
    }

    String foreignKey(ForeignKey fk) {
        StringBuilder b = new StringBuilder(named(fk.name())).append("FOREIGN KEY (").append(cols(fk.columns())).append(") REFERENCES ")
                .append(Tsql.name(fk.refTable().schema().orElse(schema), fk.refTable().name(), qualify || fk.refTable().schema().isPresent()))
                .append(" (").append(cols(fk.refColumns())).append(')');
        if (fk.onDelete() != ReferenceAction.NO_ACTION) b.append(" ON DELETE ").append(action(fk, fk.onDelete()));
        if (fk.onUpdate() != ReferenceAction.NO_ACTION) b.append(" ON UPDATE ").append(action(fk, fk.onUpdate()));
        return b.toString();
    }

    private static String action(ForeignKey fk, ReferenceAction a) {
        if (a == ReferenceAction.RESTRICT) return "NO ACTION";
        return a.sql();
    }

    String check(Check k) {
        String e = k.expr().strip();
        return named(k.name()) + "CHECK " + (e.startsWith("(") && Tsql.strip(TsqlLexer.tokens(e)).size() < TsqlLexer.tokens(e).size() ? e : "(" + e + ")");
    }

    private static String named(String name) {
        return name.isEmpty() || Tsql.GENERATED.matcher(name).matches() ? "" : "CONSTRAINT " + Tsql.id(name) + " ";
    }

    String createIndex(String table, Index i, Edit source) {
        if (i.attrs().has(Columnstore.class)) {
            throw new UnsupportedChangeException(source, "columnstore index \"" + i.name() + "\" on \"" + table
                    + "\": atlas4j does not plan columnstore indexes yet; create it by hand in a migration file");
        }
        StringBuilder b = new StringBuilder("CREATE ");
        if (i.unique()) b.append("UNIQUE ");
        b.append(i.attrs().has(Clustered.class) ? "CLUSTERED " : "NONCLUSTERED ");
        b.append("INDEX ").append(Tsql.id(i.name())).append(" ON ").append(table(table)).append(" (").append(parts(i)).append(')');
        i.attrs().get(IncludedColumns.class).ifPresent(x -> b.append(" INCLUDE (").append(cols(x.columns())).append(')'));
        i.attrs().get(IndexPredicate.class).ifPresent(p -> b.append(" WHERE ").append(p.sql()));
        return b.toString();
    }

    String dropIndex(String table, Index i, Edit source) {
        if (i.attrs().has(Columnstore.class)) {
            throw new UnsupportedChangeException(source, "columnstore index \"" + i.name() + "\" on \"" + table
                    + "\": atlas4j does not plan columnstore indexes yet; drop it by hand in a migration file");
        }
        if (i.attrs().has(UniqueConstraint.class)) return "ALTER TABLE " + table(table) + " DROP CONSTRAINT " + Tsql.id(i.name());
        return "DROP INDEX " + Tsql.id(i.name()) + " ON " + table(table);
    }

    String addIndex(String table, Index i, Edit source) {
        if (i.attrs().has(UniqueConstraint.class) && !i.attrs().has(IndexPredicate.class) && !i.attrs().has(IncludedColumns.class)) {
            return "ALTER TABLE " + table(table) + " ADD " + unique(i);
        }
        return createIndex(table, i, source);
    }
}
