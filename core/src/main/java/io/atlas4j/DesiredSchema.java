package io.atlas4j;

import io.atlas4j.diff.DiffOptions;
import io.atlas4j.error.InvalidInputException;
import io.atlas4j.schema.Realm;
import io.atlas4j.schema.Schema;
import io.atlas4j.spi.Dialect;
import java.nio.file.Path;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * What the user wants: one schema (or, for a whole database, every schema of it) plus the rename
 * hints that say which of its tables and columns are existing ones renamed.
 */
public record DesiredSchema(Realm realm, DiffOptions hints) {
    public DesiredSchema {
        Objects.requireNonNull(realm, "realm");
        Objects.requireNonNull(hints, "hints");
    }

    /** One desired schema with its hints. */
    public DesiredSchema(Schema schema, DiffOptions hints) {
        this(Realm.of(schema), hints);
    }

    /** {@return the desired schema, when it is one} */
    public Schema schema() {
        if (realm.schemas().size() != 1) {
            throw new InvalidInputException("the desired schema spans " + realm.schemas().size() + " schemas "
                    + realm.schemas().stream().map(Schema::name).toList() + ": compare it with a whole database, not one schema");
        }
        return realm.schemas().get(0);
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
        return new DesiredSchema(realm, hints.renameColumn(table, from, to));
    }

    public DesiredSchema renameTable(String from, String to) {
        return new DesiredSchema(realm, hints.renameTable(from, to));
    }

    /** {@return the diff from {@code current} to this schema under its hints, normalized by the dialect that read them} */
    public SchemaDiff diffFrom(Schema current) {
        return Atlas.diff(current, schema()).with(resolvedHints(current));
    }

    /** {@return the diff from a whole database to this realm under its hints, schemas matched by name} */
    public SchemaDiff diffFrom(Realm current) {
        return Atlas.diff(current, realm).with(hints);
    }

    /** {@return the diff from {@code current} to this schema under its hints, normalized by {@code dialect}} */
    public SchemaDiff diffFrom(Schema current, Dialect dialect) {
        return Atlas.diff(current, schema(), dialect).with(resolvedHints(current));
    }

    /**
     * {@return the hints with names matched to the schemas' spelling: a hint written {@code Email} names
     * column {@code email} when the database folded the unquoted name to lower case}
     */
    public DiffOptions resolvedHints(Schema current) {
        Schema schema = schema();
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
