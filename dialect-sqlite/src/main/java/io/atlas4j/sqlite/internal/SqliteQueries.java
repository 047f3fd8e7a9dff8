package io.atlas4j.sqlite.internal;

/**
 * The catalog queries of the SQLite inspector: sqlite_schema joined with the pragma table-valued
 * functions, so that one query reads one kind of fact for every table at once. Virtual tables are
 * kept out of the pragma joins: their module may not be loaded in this process.
 */
final class SqliteQueries {
    private SqliteQueries() {
    }

    /** Tables and virtual tables (not their shadow tables), with CREATE statement and options (pragma_table_list: SQLite 3.37+). */
    static final String TABLES = """
            SELECT m.name, m.sql, l.wr, l.strict, l.type
            FROM sqlite_schema AS m
            JOIN pragma_table_list AS l ON l.schema = 'main' AND l.name = m.name
            WHERE m.type = 'table' AND l.type IN ('table', 'virtual') AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\'
            ORDER BY m.rowid
            """;

    /** Every column of every table, hidden (generated) ones included. */
    static final String COLUMNS = """
            SELECT m.name AS tbl, c.cid, c.name, c.type, c."notnull", c.dflt_value, c.pk, c.hidden
            FROM sqlite_schema AS m
            JOIN pragma_table_xinfo(m.name) AS c
            WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND m.sql NOT LIKE 'CREATE VIRTUAL %'
            ORDER BY m.rowid, c.cid
            """;

    /** Every key part of every index, with the index's origin (c, u, pk) and CREATE INDEX text. */
    static final String INDEXES = """
            SELECT m.name AS tbl, il.name AS idx, il."unique", il.origin, il.partial, s.sql,
                   ix.seqno, ix.cid, ix.name AS col, ix."desc", ix.coll
            FROM sqlite_schema AS m
            JOIN pragma_index_list(m.name) AS il
            JOIN pragma_index_xinfo(il.name) AS ix
            LEFT JOIN sqlite_schema AS s ON s.type = 'index' AND s.name = il.name
            WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND m.sql NOT LIKE 'CREATE VIRTUAL %' AND ix.key = 1
            ORDER BY m.rowid, il.seq DESC, ix.seqno
            """;

    /** Every foreign-key column pair of every table. */
    static final String FOREIGN_KEYS = """
            SELECT m.name AS tbl, f.id, f.seq, f."table" AS ref, f."from", f."to", f.on_update, f.on_delete
            FROM sqlite_schema AS m
            JOIN pragma_foreign_key_list(m.name) AS f
            WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND m.sql NOT LIKE 'CREATE VIRTUAL %'
            ORDER BY m.rowid, f.id DESC, f.seq
            """;

    /** Views and triggers with their CREATE statements. */
    static final String OBJECTS = """
            SELECT type, name, tbl_name, sql
            FROM sqlite_schema
            WHERE type IN ('view', 'trigger') AND sql IS NOT NULL
            ORDER BY rowid
            """;
}
