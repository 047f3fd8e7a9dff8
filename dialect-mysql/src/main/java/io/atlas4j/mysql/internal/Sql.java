package io.atlas4j.mysql.internal;

/** Quoting helpers for generated MySQL SQL. */
public final class Sql {
    private Sql() {
    }

    /** {@return the identifier in backticks, inner backticks doubled} */
    public static String id(String name) {
        return "`" + name.replace("`", "``") + "`";
    }

    /** {@return the text as a single-quoted string literal} */
    public static String str(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'";
    }
}
