package io.atlas4j.hcl.internal;

/** What an attribute's value must be. */
public enum Kind {
    /** Anything the parser accepts. */
    ANY,
    /** {@code true} or {@code false}. */
    BOOL,
    /** A number. */
    NUMBER,
    /** A string or heredoc. */
    STRING,
    /** A column type: a dialect type name, a call such as {@code varchar(255)}, {@code sql("...")} or {@code enum.x}. */
    TYPE,
    /** A list of column references ({@code [column.a, column.b]}). */
    COLUMNS,
    /** A list of column references that may name another table ({@code [table.t.column.a]}). */
    REF_COLUMNS,
    /** A single column reference. */
    COLUMN,
    /** {@code schema.name}. */
    SCHEMA,
    /** A referential action: {@code CASCADE}, {@code SET_NULL}, {@code SET_DEFAULT}, {@code RESTRICT}, {@code NO_ACTION}. */
    ACTION,
    /** A default value: a literal or {@code sql("...")}. */
    DEFAULT,
    /** The table or view an object is on: {@code table.t}, {@code table.schema.t} or {@code view.v}. */
    ON,
    /** One column of any table: {@code table.t.column.c}. */
    TABLE_COLUMN,
    /** A list of words or strings: {@code [PUBLIC]}, {@code ["a", "b"]}. */
    WORDS,
    /** A bare word or a string: {@code ALWAYS}, {@code "InnoDB"}. */
    WORD
}
