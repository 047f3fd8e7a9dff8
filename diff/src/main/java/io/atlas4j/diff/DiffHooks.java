package io.atlas4j.diff;

import io.atlas4j.change.Change;
import io.atlas4j.change.ColumnAspect;
import io.atlas4j.schema.Attr;
import io.atlas4j.schema.Check;
import io.atlas4j.schema.Collation;
import io.atlas4j.schema.Column;
import io.atlas4j.schema.Comment;
import io.atlas4j.schema.ForeignKey;
import io.atlas4j.schema.Generated;
import io.atlas4j.schema.Index;
import io.atlas4j.schema.Schema;
import io.atlas4j.schema.SchemaObject;
import io.atlas4j.schema.Table;
import io.atlas4j.schema.View;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The per-dialect questions the generic differ asks. Every method has a generic default, so a
 * dialect overrides only what it knows better; {@link #GENERIC} is the null object.
 */
public interface DiffHooks {
    DiffHooks GENERIC = new DiffHooks() { };

    /** {@return the key under which names are matched; dialects with case-insensitive names fold here} */
    default String nameKey(String name) {
        return name;
    }

    /** {@return both sides of a table in one canonical form; must not mutate its inputs} */
    default TablePair normalize(Table current, Table desired) {
        return new TablePair(current, desired);
    }

    /** {@return a schema in canonical form before comparison (e.g. defaults filled in)} */
    default Schema normalizeSchema(Schema schema) {
        return schema;
    }

    /** {@return which aspects differ between two columns of the same name; empty means equal} */
    default Set<ColumnAspect> columnAspects(Column from, Column to) {
        Set<ColumnAspect> aspects = EnumSet.noneOf(ColumnAspect.class);
        if (from.nullable() != to.nullable()) aspects.add(ColumnAspect.NULLABILITY);
        if (!from.type().equals(to.type())) aspects.add(ColumnAspect.TYPE);
        if (!from.defaultValue().equals(to.defaultValue())) aspects.add(ColumnAspect.DEFAULT);
        if (!from.attrs().equals(to.attrs())) {
            if (!Objects.equals(from.attrs().get(Generated.class), to.attrs().get(Generated.class))) aspects.add(ColumnAspect.GENERATED);
            if (!Objects.equals(from.attrs().get(Comment.class), to.attrs().get(Comment.class))) aspects.add(ColumnAspect.COMMENT);
            if (!Objects.equals(from.attrs().get(io.atlas4j.schema.Charset.class), to.attrs().get(io.atlas4j.schema.Charset.class))) aspects.add(ColumnAspect.CHARSET);
            if (!Objects.equals(from.attrs().get(Collation.class), to.attrs().get(Collation.class))) aspects.add(ColumnAspect.COLLATION);
            if (aspects.isEmpty() || otherAttrsDiffer(from.attrs().stated(), to.attrs().stated())) aspects.add(ColumnAspect.ATTRS);
        }
        return aspects;
    }

    /** {@return whether an index name was chosen by the database rather than the user} */
    default boolean isGeneratedIndexName(Table table, Index index) {
        return index.name().isEmpty();
    }

    /** {@return whether a foreign key's name was chosen by the database} */
    default boolean isGeneratedForeignKeyName(Table table, ForeignKey fk) {
        return fk.name().isEmpty();
    }

    /** {@return whether a check's name was chosen by the database} */
    default boolean isGeneratedCheckName(Table table, Check check) {
        return check.name().isEmpty();
    }

    default boolean indexChanged(Index from, Index to) {
        return !from.equals(to);
    }

    default boolean primaryKeyChanged(Index from, Index to) {
        return from.unique() != to.unique() || !from.parts().equals(to.parts()) || !from.attrs().equals(to.attrs());
    }

    default boolean foreignKeyChanged(ForeignKey from, ForeignKey to) {
        return !from.equals(to);
    }

    default boolean checkChanged(Check from, Check to) {
        return !from.equals(to);
    }

    default boolean viewChanged(View from, View to) {
        return !from.equals(to);
    }

    /** {@return whether a schema object (trigger, sequence, ...) differs; dialects may compare SQL text by meaning} */
    default boolean objectChanged(SchemaObject from, SchemaObject to) {
        return !from.equals(to);
    }

    /** {@return extra schema-level changes a dialect finds itself (e.g. enum value additions)} */
    default List<Change> objectChanges(Schema current, Schema desired) {
        return List.of();
    }

    /** {@return whether this table-level attribute takes part in comparison} */
    default boolean comparesAttr(Attr attr) {
        return true;
    }

    private static boolean otherAttrsDiffer(List<Attr> a, List<Attr> b) {
        Set<Class<?>> known = Set.of(Generated.class, Comment.class, io.atlas4j.schema.Charset.class, Collation.class);
        return !a.stream().filter(x -> !known.contains(x.getClass())).toList()
                .equals(b.stream().filter(x -> !known.contains(x.getClass())).toList());
    }

    /** {@return a name folded to lower case, for dialects whose identifiers are case-insensitive} */
    static String foldCase(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
