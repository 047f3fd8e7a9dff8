package io.atlas4j.script;

/**
 * What a {@link ScriptSplitter} understands beyond the SQL standard. Without any of them a script
 * splits at {@code ;} outside {@code '...'} and {@code "..."} quotes and outside {@code --} and
 * {@code /* *}{@code /} comments.
 */
public enum ScriptFeature {
    /** PostgreSQL dollar-quoted bodies: {@code $$ ... $$}, {@code $tag$ ... $tag$}. */
    DOLLAR_QUOTES,
    /** PostgreSQL {@code E'...'} strings, in which a backslash escapes the next character. */
    ESCAPE_STRINGS,
    /** MySQL: a backslash escapes the next character in {@code '...'} and {@code "..."} strings. */
    BACKSLASH_ESCAPES,
    /** {@code `quoted`} identifiers (MySQL, SQLite). */
    BACKTICKS,
    /** {@code [quoted]} identifiers (SQL Server, SQLite). */
    BRACKETS,
    /**
     * MySQL {@code #} comments anywhere. Without it {@code #} starts a comment only where a
     * statement could begin, since it is an operator in PostgreSQL ({@code #>>}).
     */
    HASH_COMMENTS,
    /**
     * {@code BEGIN ... END} bodies of CREATE TRIGGER, FUNCTION, PROCEDURE and EVENT statements
     * (SQLite, MySQL, SQL Server, including {@code BEGIN TRY ... END CATCH}) stay whole.
     */
    BLOCKS,
    /** SQL-standard {@code BEGIN ATOMIC ... END} routine bodies (PostgreSQL 14+) stay whole. */
    BEGIN_ATOMIC,
    /** The MySQL client's {@code DELIMITER x} command changes the delimiter from the next line on. */
    DELIMITER_COMMAND,
    /** SQL Server's {@code GO [count]} lines end a batch. */
    GO_BATCHES
}
