package io.atlas4j.hcl;

import io.atlas4j.hcl.internal.BlockSpec;
import io.atlas4j.hcl.internal.SchemaSpec;
import io.atlas4j.hcl.internal.TypeNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What the checker knows about a kind of HCL file, read-only, for tools such as editors: which block types may
 * appear under a path of block types, each block's attributes for a dialect, and the column type names of a
 * dialect. A path lists block types from the top level down: {@code []} is the file itself, {@code [table]} a
 * table's body, {@code [table, index]} an index's body.
 *
 * <pre>{@code
 * HclVocabulary v = HclVocabulary.schema();
 * v.blockTypes(List.of("table"));                        // [column, primary_key, index, foreign_key, check, partition]
 * v.attributes(List.of("table", "column"), HclDialect.MYSQL);   // type (required), null, default, ..., unsigned
 * }</pre>
 */
public final class HclVocabulary {
    /** What an attribute's value must be, as the checker checks it. */
    public enum ValueKind {
        /** Anything the parser accepts. */
        ANY,
        /** {@code true} or {@code false}. */
        BOOL,
        /** A number. */
        NUMBER,
        /** A string or heredoc. */
        STRING,
        /** A column type: a type name of the dialect, a call such as {@code varchar(255)}, or {@code sql("...")}. */
        TYPE,
        /** A list of column references of the enclosing table: {@code [column.a, column.b]}. */
        COLUMNS,
        /** A list of column references that may name another table: {@code [table.t.column.a]}. */
        REF_COLUMNS,
        /** One column reference: {@code column.a}. */
        COLUMN,
        /** A schema reference: {@code schema.name}. */
        SCHEMA,
        /** A referential action: {@code CASCADE}, {@code SET_NULL}, {@code SET_DEFAULT}, {@code RESTRICT}, {@code NO_ACTION}. */
        ACTION,
        /** A default value: a literal or {@code sql("...")}. */
        DEFAULT
    }

    /** One attribute a block may hold. */
    public record AttributeInfo(String name, ValueKind kind, boolean required) {
        public AttributeInfo {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
        }
    }

    private static final HclVocabulary SCHEMA = new HclVocabulary(SchemaSpec.root());

    private final BlockSpec root;

    private HclVocabulary(BlockSpec root) {
        this.root = root;
    }

    /** {@return the vocabulary of Atlas schema files ({@code schema.hcl}: schema, table, view, ...)} */
    public static HclVocabulary schema() {
        return SCHEMA;
    }

    /** {@return whether the block at {@code path} is known and its body is checked (false for open blocks)} */
    public boolean isChecked(List<String> path) {
        return spec(path).map(s -> !s.isOpen()).orElse(false);
    }

    /** {@return the block types allowed directly under {@code path}, in declaration order; empty when unknown or open} */
    public List<String> blockTypes(List<String> path) {
        return spec(path).filter(s -> !s.isOpen()).map(s -> List.copyOf(s.children().keySet())).orElse(List.of());
    }

    /** {@return the attributes of the block at {@code path} in {@code dialect}, in declaration order} */
    public List<AttributeInfo> attributes(List<String> path, HclDialect dialect) {
        Optional<BlockSpec> s = spec(path).filter(b -> !b.isOpen());
        if (s.isEmpty()) {
            return List.of();
        }
        List<AttributeInfo> out = new ArrayList<>();
        for (Map.Entry<String, BlockSpec.AttrSpec> e : s.get().attributes().entrySet()) {
            BlockSpec.AttrSpec a = e.getValue();
            if (a.dialects().contains(dialect)) {
                out.add(new AttributeInfo(e.getKey(), kind(a), a.required()));
            }
        }
        return List.copyOf(out);
    }

    /** {@return the names of the required attributes of the block at {@code path} in {@code dialect}} */
    public List<String> requiredAttributes(List<String> path, HclDialect dialect) {
        return attributes(path, dialect).stream().filter(AttributeInfo::required).map(AttributeInfo::name).toList();
    }

    /** {@return the column type names the checker accepts for {@code dialect}, sorted} */
    public static SortedSet<String> typeNames(HclDialect dialect) {
        return new TreeSet<>(TypeNames.of(dialect));
    }

    private Optional<BlockSpec> spec(List<String> path) {
        BlockSpec s = root;
        for (String type : path) {
            if (s.isOpen()) {
                return Optional.empty();
            }
            s = s.children().get(type);
            if (s == null) {
                return Optional.empty();
            }
        }
        return Optional.of(s);
    }

    private static ValueKind kind(BlockSpec.AttrSpec a) {
        try {
            return ValueKind.valueOf(a.kind().name());
        } catch (IllegalArgumentException e) { // a kind added to the checker but not here yet
            return ValueKind.ANY;
        }
    }
}
