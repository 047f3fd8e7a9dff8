package io.atlas4j;

import io.atlas4j.diff.DiffOptions;
import io.atlas4j.schema.Schema;
import io.atlas4j.spi.Dialect;
import java.nio.file.Path;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * What the user wants: a schema plus the rename hints that say which of its tables and columns
 * are existing ones renamed.
 */
public record DesiredSchema(Schema schema, DiffOptions hints) {
    public DesiredSchema {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(hints, "hints");
    }

    public static DesiredSchema of(Schema schema) {
        return new DesiredSchema(schema, DiffOptions.defaults());
    }

    /** Loads desired SQL through the dialect's own dev database and reads its {@code atlas:renamed-from} hints. */
    public static DesiredSchema load(Path source, Dialect dialect) {
        return new DesiredSchema(Atlas.load(source, dialect), RenameHints.scan(source));
    }

    /** Loads desired SQL through a dev database and reads its {@code atlas:renamed-from} hints. */
    public static DesiredSchema load(Path source, DataSource devDatabase) {
        return new DesiredSchema(Atlas.load(source, devDatabase), RenameHints.scan(source));
    }

    /** Loads desired SQL text through the dialect's own dev database and reads its hints. */
    public static DesiredSchema load(String sql, String name, Dialect dialect) {
        return new DesiredSchema(Atlas.load(sql, name, dialect), RenameHints.scan(sql, name));
    }

    /** {@return the same schema with one more rename hint: desired column {@code to} of {@code table} was {@code from}} */
    public DesiredSchema renameColumn(String table, String from, String to) {
        return new DesiredSchema(schema, hints.renameColumn(table, from, to));
    }

    public DesiredSchema renameTable(String from, String to) {
        return new DesiredSchema(schema, hints.renameTable(from, to));
    }

    /** {@return the diff from {@code current} to this schema under its hints, normalized by the dialect} */
    public SchemaDiff diffFrom(Schema current, Dialect dialect) {
        return Atlas.diff(current, schema, dialect).with(resolvedHints(current));
    }

    /**
     * {@return the hints with names matched to the schemas' spelling: a hint written {@code Email} names
     * column {@code email} when the database folded the unquoted name to lower case}
     */
    public DiffOptions resolvedHints(Schema current) {
        DiffOptions out = new DiffOptions(hints.skip(), java.util.Map.of(), java.util.Map.of());
        for (var e : hints.tableRenames().entrySet()) {
            String to = spell(e.getKey(), schema.tables().stream().map(io.atlas4j.schema.Table::name).toList());
            out = out.renameTable(spell(e.getValue(), current.tables().stream().map(io.atlas4j.schema.Table::name).toList()), to);
        }
        for (var t : hints.columnRenames().entrySet()) {
            String table = spell(t.getKey(), schema.tables().stream().map(io.atlas4j.schema.Table::name).toList());
            String currentTable = hints.renamedTableFrom(t.getKey()).orElse(t.getKey());
            java.util.List<String> want = schema.table(table).map(x -> x.columns().stream().map(io.atlas4j.schema.Column::name).toList())
                    .orElse(java.util.List.of());
            java.util.List<String> have = current.tables().stream().filter(x -> x.name().equalsIgnoreCase(currentTable)).findFirst()
                    .map(x -> x.columns().stream().map(io.atlas4j.schema.Column::name).toList()).orElse(java.util.List.of());
            for (var c : t.getValue().entrySet()) out = out.renameColumn(table, spell(c.getValue(), have), spell(c.getKey(), want));
        }
        return out;
    }

    private static String spell(String name, java.util.List<String> names) {
        if (names.contains(name)) return name;
        for (String n : names) if (n.equalsIgnoreCase(name)) return n;
        return name;
    }
}
