package io.atlas4j.mysql.internal;

import io.atlas4j.inspect.Queries.RowMapper;
import io.atlas4j.mysql.internal.MySqlRows.ForeignKeyColumnRow;
import io.atlas4j.mysql.internal.MySqlRows.ForeignKeyRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Foreign keys of a MariaDB schema read from InnoDB's dictionary views
 * ({@code INNODB_SYS_FOREIGN}, {@code INNODB_SYS_FOREIGN_COLS}) and mapped to the rows
 * {@code REFERENTIAL_CONSTRAINTS} and {@code KEY_COLUMN_USAGE} would give. Those two views open
 * every table of the schema (past {@code table_open_cache} that is most of an inspection); the
 * dictionary views do not. InnoDB is the only MariaDB engine that keeps foreign keys, so nothing
 * is missed.
 *
 * <p>The dictionary spells schema and table names in the server's file-name encoding
 * ({@code my-db} is {@code my@002ddb}); this class handles the ASCII part of it and answers
 * empty for anything else, so the caller falls back to the information_schema views.
 */
public final class MySqlInnoDbForeignKeys {
    private MySqlInnoDbForeignKeys() {
    }

    // InnoDB's DICT_FOREIGN_ON_* flags in SYS_FOREIGN.TYPE; no flag means RESTRICT.
    private static final int DELETE_CASCADE = 1, DELETE_SET_NULL = 2, UPDATE_CASCADE = 4, UPDATE_SET_NULL = 8,
            DELETE_NO_ACTION = 16, UPDATE_NO_ACTION = 32, KNOWN = 63;

    public record ForeignRow(String id, String forName, String refName, int type) {
        public static final RowMapper<ForeignRow> MAP = r -> new ForeignRow(r.getString(1), r.getString(2), r.getString(3), r.getInt(4));
    }

    public record ForeignColumnRow(String id, String column, String refColumn, int pos) {
        public static final RowMapper<ForeignColumnRow> MAP = r -> new ForeignColumnRow(r.getString(1), r.getString(2),
                r.getString(3), r.getInt(4));
    }

    /** The two row lists the information_schema views would have given. */
    public record Rows(List<ForeignKeyRow> keys, List<ForeignKeyColumnRow> columns) {
    }

    /** {@return the LIKE pattern (escape character {@code !}) matching the dictionary ids of the schema, or empty if its name cannot be encoded here} */
    public static Optional<String> idPattern(String schema) {
        String enc = encode(schema);
        return enc == null ? Optional.empty() : Optional.of(enc.replace("!", "!!").replace("_", "!_").replace("%", "!%") + "/%");
    }

    /** Maps the dictionary rows of one schema; empty when a name or flag is outside what this class decodes. */
    public static Optional<Rows> map(String schema, List<ForeignRow> foreign, List<ForeignColumnRow> columns) {
        String prefix = encode(schema);
        if (prefix == null) return Optional.empty();
        prefix += "/";
        Map<String, List<ForeignColumnRow>> colsById = new java.util.HashMap<>();
        for (ForeignColumnRow c : columns) {
            if (c.id().startsWith(prefix)) colsById.computeIfAbsent(c.id(), k -> new ArrayList<>()).add(c);
        }
        List<ForeignKeyRow> keys = new ArrayList<>();
        List<ForeignKeyColumnRow> keyColumns = new ArrayList<>();
        for (ForeignRow f : foreign) {
            if (!f.id().startsWith(prefix)) continue;
            if ((f.type() & ~KNOWN) != 0) return Optional.empty();
            String name = f.id().substring(prefix.length());
            String[] from = split(f.forName());
            String[] to = split(f.refName());
            if (from == null || to == null || !from[0].equals(schema)) return Optional.empty();
            keys.add(new ForeignKeyRow(from[1], name, rule(f.type(), UPDATE_CASCADE, UPDATE_SET_NULL, UPDATE_NO_ACTION),
                    rule(f.type(), DELETE_CASCADE, DELETE_SET_NULL, DELETE_NO_ACTION)));
            List<ForeignColumnRow> cols = new ArrayList<>(colsById.getOrDefault(f.id(), List.of()));
            cols.sort(Comparator.comparingInt(ForeignColumnRow::pos));
            for (ForeignColumnRow c : cols) {
                keyColumns.add(new ForeignKeyColumnRow(from[1], name, c.column(), to[0], to[1], c.refColumn()));
            }
        }
        return Optional.of(new Rows(keys, keyColumns));
    }

    private static String rule(int type, int cascade, int setNull, int noAction) {
        if ((type & cascade) != 0) return "CASCADE";
        if ((type & setNull) != 0) return "SET NULL";
        if ((type & noAction) != 0) return "NO ACTION";
        return "RESTRICT";
    }

    /** {@return {schema, table} decoded from a dictionary name {@code db/table}, or null} */
    private static String[] split(String qualified) {
        if (qualified == null) return null;
        int slash = qualified.indexOf('/');
        if (slash < 0) return null;
        String db = decode(qualified.substring(0, slash));
        String table = decode(qualified.substring(slash + 1));
        return db == null || table == null ? null : new String[] {db, table};
    }

    /** {@return the name in the server's file-name encoding, or null if it is not ASCII} */
    static String encode(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 128) return null;
            if (c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_') sb.append(c);
            else sb.append(String.format("@%04x", (int) c));
        }
        return sb.toString();
    }

    /** {@return the name a file-name-encoded one stands for, or null if it is not plain ASCII in that encoding} */
    static String decode(String encoded) {
        StringBuilder sb = new StringBuilder(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c != '@') {
                if (c >= 128) return null;
                sb.append(c);
                continue;
            }
            if (i + 5 > encoded.length()) return null;
            int code;
            try {
                code = Integer.parseInt(encoded.substring(i + 1, i + 5), 16);
            } catch (NumberFormatException e) {
                return null;
            }
            if (code >= 128 || !encoded.substring(i + 1, i + 5).equals(String.format("%04x", code))) return null;
            sb.append((char) code);
            i += 4;
        }
        return sb.toString();
    }
}
