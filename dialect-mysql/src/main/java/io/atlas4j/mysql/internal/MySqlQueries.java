package io.atlas4j.mysql.internal;

/**
 * The information_schema queries of the inspector. Each is filtered by schema and read once per
 * schema, whatever the number of tables. Foreign keys are read from two catalogs and joined in
 * Java: joining REFERENTIAL_CONSTRAINTS with KEY_COLUMN_USAGE in the server is where
 * information_schema is slow (and on MariaDB both are replaced by InnoDB's dictionary views).
 */
public final class MySqlQueries {
    private MySqlQueries() {
    }

    public static final String SCHEMAS = """
            SELECT SCHEMA_NAME, DEFAULT_CHARACTER_SET_NAME, DEFAULT_COLLATION_NAME
            FROM information_schema.SCHEMATA
            WHERE SCHEMA_NAME = ?
            """;

    // TABLES, COLUMNS and STATISTICS are the large ones: they are not sorted in the server (a filesort
    // of every row, a tenth of the query at 5,000 tables); MySqlAssembler puts the rows in order.

    public static final String TABLES = """
            SELECT TABLE_NAME, TABLE_TYPE, ENGINE, ROW_FORMAT, TABLE_COLLATION, AUTO_INCREMENT, CREATE_OPTIONS, TABLE_COMMENT
            FROM information_schema.TABLES
            WHERE TABLE_SCHEMA = ?
            """;

    public static final String COLUMNS = """
            SELECT TABLE_NAME, COLUMN_NAME, ORDINAL_POSITION, COLUMN_DEFAULT, IS_NULLABLE, COLUMN_TYPE,
                   CHARACTER_SET_NAME, COLLATION_NAME, EXTRA, COLUMN_COMMENT, GENERATION_EXPRESSION
            FROM information_schema.COLUMNS
            WHERE TABLE_SCHEMA = ?
            """;

    /** MySQL 8.0.13+ has EXPRESSION (functional key parts); MariaDB and older MySQL do not. */
    public static final String INDEXES = """
            SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, SEQ_IN_INDEX, COLUMN_NAME, SUB_PART, COLLATION, INDEX_TYPE,
                   INDEX_COMMENT, %s AS EXPR
            FROM information_schema.STATISTICS
            WHERE TABLE_SCHEMA = ?
            """;

    public static final String FOREIGN_KEYS = """
            SELECT TABLE_NAME, CONSTRAINT_NAME, UPDATE_RULE, DELETE_RULE
            FROM information_schema.REFERENTIAL_CONSTRAINTS
            WHERE CONSTRAINT_SCHEMA = ?
            """;

    public static final String FOREIGN_KEY_COLUMNS = """
            SELECT TABLE_NAME, CONSTRAINT_NAME, COLUMN_NAME, REFERENCED_TABLE_SCHEMA, REFERENCED_TABLE_NAME,
                   REFERENCED_COLUMN_NAME
            FROM information_schema.KEY_COLUMN_USAGE
            WHERE TABLE_SCHEMA = ? AND REFERENCED_TABLE_NAME IS NOT NULL
            ORDER BY TABLE_NAME, CONSTRAINT_NAME, ORDINAL_POSITION
            """;

    /**
     * MariaDB: foreign keys from InnoDB's dictionary, which (unlike REFERENTIAL_CONSTRAINTS and
     * KEY_COLUMN_USAGE) does not open every table; the parameter is
     * {@link MySqlInnoDbForeignKeys#idPattern}. Needs the PROCESS privilege.
     */
    public static final String INNODB_FOREIGN_KEYS = """
            SELECT ID, FOR_NAME, REF_NAME, TYPE
            FROM information_schema.INNODB_SYS_FOREIGN
            WHERE ID LIKE ? ESCAPE '!'
            """;

    public static final String INNODB_FOREIGN_KEY_COLUMNS = """
            SELECT ID, FOR_COL_NAME, REF_COL_NAME, POS
            FROM information_schema.INNODB_SYS_FOREIGN_COLS
            WHERE ID LIKE ? ESCAPE '!'
            """;

    /** MariaDB keeps the table name in CHECK_CONSTRAINTS. */
    public static final String CHECKS_MARIADB = """
            SELECT TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE, LEVEL
            FROM information_schema.CHECK_CONSTRAINTS
            WHERE CONSTRAINT_SCHEMA = ?
            ORDER BY TABLE_NAME, CONSTRAINT_NAME
            """;

    /** MySQL 8 names the table only in TABLE_CONSTRAINTS; both are small, so the join stays in the server. */
    public static final String CHECKS_MYSQL = """
            SELECT t.TABLE_NAME, c.CONSTRAINT_NAME, c.CHECK_CLAUSE, 'Table' AS LEVEL
            FROM information_schema.CHECK_CONSTRAINTS c
            JOIN information_schema.TABLE_CONSTRAINTS t
              ON t.CONSTRAINT_SCHEMA = c.CONSTRAINT_SCHEMA AND t.CONSTRAINT_NAME = c.CONSTRAINT_NAME
             AND t.CONSTRAINT_TYPE = 'CHECK'
            WHERE c.CONSTRAINT_SCHEMA = ?
            ORDER BY t.TABLE_NAME, c.CONSTRAINT_NAME
            """;

    public static final String VIEWS = """
            SELECT TABLE_NAME, VIEW_DEFINITION, CHECK_OPTION, SECURITY_TYPE, %s AS ALGORITHM
            FROM information_schema.VIEWS
            WHERE TABLE_SCHEMA = ?
            ORDER BY TABLE_NAME
            """;

    public static final String TRIGGERS = """
            SELECT TRIGGER_NAME, EVENT_MANIPULATION, EVENT_OBJECT_TABLE, ACTION_TIMING, ACTION_STATEMENT, ACTION_ORDER
            FROM information_schema.TRIGGERS
            WHERE TRIGGER_SCHEMA = ?
            ORDER BY EVENT_OBJECT_TABLE, ACTION_TIMING, EVENT_MANIPULATION, ACTION_ORDER
            """;

    public static final String ROUTINES = """
            SELECT ROUTINE_NAME, ROUTINE_TYPE, DTD_IDENTIFIER, ROUTINE_DEFINITION, IS_DETERMINISTIC, SQL_DATA_ACCESS,
                   SECURITY_TYPE, ROUTINE_COMMENT
            FROM information_schema.ROUTINES
            WHERE ROUTINE_SCHEMA = ?
            ORDER BY ROUTINE_TYPE, ROUTINE_NAME
            """;

    /**
     * A recurring event without STARTS starts when it is defined: STARTS then equals CREATED (or
     * LAST_ALTERED, after ALTER EVENT ... ON SCHEDULE), a moment that is not part of the schema.
     */
    public static final String EVENTS = """
            SELECT EVENT_NAME, EVENT_DEFINITION, EVENT_TYPE, DATE_FORMAT(EXECUTE_AT, '%Y-%m-%d %H:%i:%s'), INTERVAL_VALUE,
                   INTERVAL_FIELD, DATE_FORMAT(STARTS, '%Y-%m-%d %H:%i:%s'), DATE_FORMAT(ENDS, '%Y-%m-%d %H:%i:%s'), STATUS,
                   ON_COMPLETION, EVENT_COMMENT,
                   ABS(TIMESTAMPDIFF(SECOND, STARTS, CREATED)) <= 1 OR ABS(TIMESTAMPDIFF(SECOND, STARTS, LAST_ALTERED)) <= 1
            FROM information_schema.EVENTS
            WHERE EVENT_SCHEMA = ?
            ORDER BY EVENT_NAME
            """;

    public static final String PARAMETERS = """
            SELECT SPECIFIC_NAME, ROUTINE_TYPE, ORDINAL_POSITION, PARAMETER_MODE, PARAMETER_NAME, DTD_IDENTIFIER
            FROM information_schema.PARAMETERS
            WHERE SPECIFIC_SCHEMA = ? AND ORDINAL_POSITION > 0
            ORDER BY SPECIFIC_NAME, ORDINAL_POSITION
            """;

    /**
     * Partitions of the given tables only: information_schema.PARTITIONS opens every table of the
     * schema (a second at 5,000 tables) even when none is partitioned, so the inspector asks only
     * when TABLES.CREATE_OPTIONS says some table is, and names those tables.
     */
    public static String partitions(int tables) {
        return """
                SELECT TABLE_NAME, PARTITION_NAME, PARTITION_METHOD, PARTITION_EXPRESSION, PARTITION_DESCRIPTION,
                       SUBPARTITION_NAME, SUBPARTITION_METHOD, SUBPARTITION_EXPRESSION
                FROM information_schema.PARTITIONS
                WHERE TABLE_SCHEMA = ? AND PARTITION_NAME IS NOT NULL AND TABLE_NAME IN (%s)
                ORDER BY TABLE_NAME, PARTITION_ORDINAL_POSITION, SUBPARTITION_ORDINAL_POSITION
                """.formatted(String.join(", ", java.util.Collections.nCopies(tables, "?")));
    }

    /** One row per sequence: a UNION ALL over the sequences found by {@link #TABLES}, so one statement for all. */
    public static String sequences(String schema, java.util.List<String> names) {
        StringBuilder sb = new StringBuilder();
        for (String n : names) {
            if (sb.length() > 0) sb.append("\nUNION ALL\n");
            sb.append("SELECT ").append(Sql.str(n)).append(" AS NAME, start_value, minimum_value, maximum_value, increment, ")
                    .append("cache_size, cycle_option FROM ").append(Sql.id(schema)).append('.').append(Sql.id(n));
        }
        return sb.toString();
    }
}
