package io.atlas4j.postgres.internal;

import io.atlas4j.postgres.PgIdentity;
import io.atlas4j.postgres.PgIndexInclude;
import io.atlas4j.postgres.PgIndexMethod;
import io.atlas4j.postgres.PgMatchFull;
import io.atlas4j.postgres.PgNoInherit;
import io.atlas4j.postgres.PgNullsNotDistinct;
import io.atlas4j.postgres.PgNullsOrder;
import io.atlas4j.postgres.PgOpClass;
import io.atlas4j.postgres.PgSerial;
import io.atlas4j.postgres.PgStorageParameters;
import io.atlas4j.postgres.PgUniqueConstraint;
import io.atlas4j.postgres.PgUserType;
import io.atlas4j.schema.Check;
import io.atlas4j.schema.Collation;
import io.atlas4j.schema.Column;
import io.atlas4j.schema.Deferrable;
import io.atlas4j.schema.ForeignKey;
import io.atlas4j.schema.Generated;
import io.atlas4j.schema.Index;
import io.atlas4j.schema.IndexPart;
import io.atlas4j.schema.IndexPredicate;
import io.atlas4j.schema.QualifiedName;
import io.atlas4j.schema.ReferenceAction;
import io.atlas4j.schema.type.ColumnType;
import io.atlas4j.schema.type.IntegerType;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** SQL fragments for one schema: names (qualified when asked), column definitions, constraints, indexes. */
final class PgSql {
    private final String schema;
    private final boolean qualify;
    private final PgTypes types = PgTypes.builtIn();

    PgSql(String schema, boolean qualify) {
        this.schema = schema;
        this.qualify = qualify;
    }

    String schema() {
        return schema;
    }

    String name(String name) {
        return qualify ? PgIdent.quote(schema) + "." + PgIdent.quote(name) : PgIdent.quote(name);
    }

    /** {@return {@code "schema."} when names are qualified, else empty} */
    String qualifier() {
        return qualify ? PgIdent.quote(schema) + "." : "";
    }

    /** {@return a routine's definition, qualified with the schema when names are} */
    String routine(String definition) {
        if (!qualify) return definition;
        return definition.replaceFirst("^CREATE OR REPLACE (FUNCTION|PROCEDURE) ", "CREATE OR REPLACE $1 " + java.util.regex.Matcher.quoteReplacement(qualifier()))
                .replaceFirst("^CREATE AGGREGATE ", "CREATE AGGREGATE " + java.util.regex.Matcher.quoteReplacement(qualifier()));
    }

    /** {@return a trigger's definition with its table qualified when names are} */
    String trigger(String definition, String table) {
        if (!qualify) return definition;
        return definition.replaceFirst(java.util.regex.Pattern.quote(" ON " + q(table) + " "),
                java.util.regex.Matcher.quoteReplacement(" ON " + name(table) + " "));
    }

    String ref(QualifiedName n) {
        if (n.schema().isPresent()) return PgIdent.quote(n.schema().get()) + "." + PgIdent.quote(n.name());
        return name(n.name());
    }

    static String q(String ident) {
        return PgIdent.quote(ident);
    }

    static String list(List<String> idents) {
        return idents.stream().map(PgIdent::quote).collect(Collectors.joining(", "));
    }

    String type(ColumnType t) {
        if (qualify && t instanceof PgUserType u) return PgIdent.quote(schema) + "." + u.name();
        if (qualify && t instanceof io.atlas4j.postgres.PgArrayType a && a.element() instanceof PgUserType u) {
            return PgIdent.quote(schema) + "." + u.name() + "[]";
        }
        return types.format(t);
    }

    /** {@return the type name for a serial column: serial, bigserial or smallserial} */
    String serialType(Column c) {
        String base = c.type() instanceof IntegerType i ? i.name() : "integer";
        return switch (base) {
            case "bigint" -> "bigserial";
            case "smallint" -> "smallserial";
            default -> "serial";
        };
    }

    String columnDef(Column c) {
        StringBuilder sb = new StringBuilder(q(c.name())).append(' ');
        boolean serial = c.attrs().has(PgSerial.class);
        sb.append(serial ? serialType(c) : type(c.type()));
        c.attrs().get(Collation.class).ifPresent(co -> sb.append(" COLLATE ").append(q(co.name())));
        c.attrs().get(Generated.class).ifPresent(g -> sb.append(" GENERATED ALWAYS AS (").append(g.expr()).append(") STORED"));
        c.attrs().get(PgIdentity.class).ifPresent(id -> sb.append(' ').append(identity(id)));
        c.defaultValue().ifPresent(d -> sb.append(" DEFAULT ").append(d.sql()));
        if (!c.nullable()) sb.append(" NOT NULL");
        return sb.toString();
    }

    static String identity(PgIdentity id) {
        return "GENERATED " + (id.always() ? "ALWAYS" : "BY DEFAULT") + " AS IDENTITY (" + sequenceOptions(id.start(),
                id.increment(), id.min(), id.max(), id.cache(), id.cycle()) + ")";
    }

    /**
     * {@return a statement that moves a sequence's current value into a narrower range} PostgreSQL
     * refuses MINVALUE above (MAXVALUE below) the current value, even of a sequence never used, whose
     * current value is its start. {@code sequence} is an expression of type regclass.
     */
    static String clampSequence(String sequence, long start, long min, long max) {
        return "SELECT setval(q, GREATEST(LEAST(COALESCE(pg_sequence_last_value(q), " + start + "), " + max + "), " + min
                + "), pg_sequence_last_value(q) IS NOT NULL) FROM (SELECT " + sequence + " AS q) s";
    }

    static String sequenceOptions(long start, long inc, long min, long max, long cache, boolean cycle) {
        return "START WITH " + start + " INCREMENT BY " + inc + " MINVALUE " + min + " MAXVALUE " + max + " CACHE " + cache
                + (cycle ? " CYCLE" : " NO CYCLE");
    }

    String primaryKey(Index pk) {
        return constraintPrefix(pk.name()) + "PRIMARY KEY (" + columns(pk) + ")" + include(pk) + with(pk) + deferrable(pk.attrs().get(Deferrable.class));
    }

    String unique(Index u) {
        return constraintPrefix(u.name()) + "UNIQUE" + (u.attrs().has(PgNullsNotDistinct.class) ? " NULLS NOT DISTINCT" : "")
                + " (" + columns(u) + ")" + include(u) + with(u) + deferrable(u.attrs().get(Deferrable.class));
    }

    static boolean isConstraint(Index i) {
        return i.attrs().has(PgUniqueConstraint.class);
    }

    String foreignKey(ForeignKey fk) {
        StringBuilder sb = new StringBuilder(constraintPrefix(fk.name())).append("FOREIGN KEY (").append(list(fk.columns()))
                .append(") REFERENCES ").append(ref(fk.refTable())).append(" (").append(list(fk.refColumns())).append(')');
        if (fk.attrs().has(PgMatchFull.class)) sb.append(" MATCH FULL");
        if (fk.onUpdate() != ReferenceAction.NO_ACTION) sb.append(" ON UPDATE ").append(fk.onUpdate().sql());
        if (fk.onDelete() != ReferenceAction.NO_ACTION) sb.append(" ON DELETE ").append(fk.onDelete().sql());
        sb.append(deferrable(fk.attrs().get(Deferrable.class)));
        return sb.toString();
    }

    String check(Check c) {
        return constraintPrefix(c.name()) + "CHECK (" + c.expr() + ")" + (c.attrs().has(PgNoInherit.class) ? " NO INHERIT" : "");
    }

    private static String constraintPrefix(String name) {
        return name.isEmpty() ? "" : "CONSTRAINT " + q(name) + " ";
    }

    private static String deferrable(java.util.Optional<Deferrable> d) {
        return d.map(x -> x.initiallyDeferred() ? " DEFERRABLE INITIALLY DEFERRED" : " DEFERRABLE").orElse("");
    }

    private static String columns(Index i) {
        List<String> out = new ArrayList<>();
        for (IndexPart p : i.parts()) out.add(p instanceof IndexPart.OfColumn c ? q(c.column()) : ((IndexPart.OfExpr) p).sql());
        return String.join(", ", out);
    }

    private static String include(Index i) {
        return i.attrs().get(PgIndexInclude.class).map(inc -> " INCLUDE (" + list(inc.columns()) + ")").orElse("");
    }

    private static String with(Index i) {
        return i.attrs().get(PgStorageParameters.class).map(p -> " WITH (" + String.join(", ", p.parameters()) + ")").orElse("");
    }

    String createIndex(String table, Index i, boolean concurrently) {
        StringBuilder sb = new StringBuilder("CREATE ");
        if (i.unique()) sb.append("UNIQUE ");
        sb.append("INDEX ");
        if (concurrently) sb.append("CONCURRENTLY ");
        if (!i.name().isEmpty()) sb.append(q(i.name())).append(' ');
        sb.append("ON ").append(name(table));
        i.attrs().get(PgIndexMethod.class).ifPresent(m -> sb.append(" USING ").append(m.name()));
        List<String> parts = new ArrayList<>();
        for (IndexPart p : i.parts()) {
            StringBuilder ps = new StringBuilder(p instanceof IndexPart.OfColumn c ? q(c.column()) : "(" + ((IndexPart.OfExpr) p).sql() + ")");
            p.attrs().get(Collation.class).ifPresent(co -> ps.append(" COLLATE ").append(q(co.name())));
            p.attrs().get(PgOpClass.class).ifPresent(o -> ps.append(' ').append(o.name()));
            if (p.descending()) ps.append(" DESC");
            p.attrs().get(PgNullsOrder.class).ifPresent(n -> ps.append(n.nullsFirst() ? " NULLS FIRST" : " NULLS LAST"));
            parts.add(ps.toString());
        }
        sb.append(" (").append(String.join(", ", parts)).append(')').append(include(i));
        if (i.attrs().has(PgNullsNotDistinct.class)) sb.append(" NULLS NOT DISTINCT");
        sb.append(with(i));
        i.attrs().get(IndexPredicate.class).ifPresent(p -> sb.append(" WHERE ").append(p.sql()));
        return sb.toString();
    }

    String dropIndex(Index i, boolean concurrently) {
        return "DROP INDEX " + (concurrently ? "CONCURRENTLY " : "") + name(i.name());
    }

    static String literal(String text) {
        return PgIdent.literal(text);
    }
}
