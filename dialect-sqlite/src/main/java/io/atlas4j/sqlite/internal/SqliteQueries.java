package io.atlas4j.sqlite.internal;

/**
 * The catalog queries of the SQLite inspector: sqlite_schema joined with the pragma table-valued
 * functions, so that one query reads one kind of fact for every table at once. Virtual tables are
 * kept out of the pragma joins: their module may not be loaded in this process.
 *
 * <p>Rows come in sqlite_schema's rowid order (its scan order, so {@code ORDER BY m.rowid} costs no
 * sort) and, within a table, in the pragma's own order; the mapper orders columns, index parts and
 * foreign keys by their ordinals. Tables are named by rowid in the pragma joins: an integer is cheaper
 * to fetch than a name, and the mapper shares one name string per table.
 */
final class SqliteQueries {
    private SqliteQueries() {
    }

    /** Every schema entry with its CREATE statement: tables (for what the pragmas do not tell), indexes, views, triggers. */
    static final String SCHEMA = """
            SELECT rowid, type, name, tbl_name, sql
            FROM sqlite_schema
            WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'
            ORDER BY rowid
            """;

    /** Table kinds and options (pragma_table_list: SQLite 3.37+). */
    static final String TABLE_LIST = """
            SELECT name, type, wr, strict
            FROM pragma_table_list
            WHERE schema = 'main' AND type IN ('table', 'virtual')
            """;

    /** Every column of every table, hidden (generated) ones included. */
    static final String COLUMNS = """
            SELECT m.rowid, c.cid, c.name, c.type, c."notnull", c.dflt_value, c.pk, c.hidden
            FROM sqlite_schema AS m
            JOIN pragma_table_xinfo(m.name) AS c
            WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND m.sql NOT LIKE 'CREATE VIRTUAL %'
            ORDER BY m.rowid
            """;

    /** Every key part of every index, with the index's origin (c, u, pk); the CREATE INDEX text comes from {@link #SCHEMA}. */
    static final String INDEXES = """
            SELECT m.rowid, il.seq, il.name, il."unique", il.origin, il.partial, ix.seqno, ix.cid, ix.name, ix."desc", ix.coll
            FROM sqlite_schema AS m
            JOIN pragma_index_list(m.name) AS il
            JOIN pragma_index_xinfo(il.name) AS ix
            WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND m.sql NOT LIKE 'CREATE VIRTUAL %' AND ix.key = 1
            ORDER BY m.rowid
            """;

    /** Every foreign-key column pair of every table. */
    static final String FOREIGN_KEYS = """
            SELECT m.rowid, f.id, f.seq, f."table", f."from", f."to", f.on_update, f.on_delete
            FROM sqlite_schema AS m
            JOIN pragma_foreign_key_list(m.name) AS f
            WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND m.sql NOT LIKE 'CREATE VIRTUAL %'
            ORDER BY m.rowid
            """;
}
